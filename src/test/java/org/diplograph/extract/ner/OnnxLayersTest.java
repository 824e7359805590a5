package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxLayersTest {

    /** x -> first -> h1 -> second -> h2 -> third -> y, each node also reading its own weight w1, w2, w3. */
    private static byte[] threeLayers() {
        UnknownFieldSet.Field.Builder nodes = UnknownFieldSet.Field.newBuilder()
                .addLengthDelimited(node("first", "x", "w1", "h1"))
                .addLengthDelimited(node("second", "h1", "w2", "h2"))
                .addLengthDelimited(node("third", "h2", "w3", "y"));
        UnknownFieldSet.Field.Builder weights = UnknownFieldSet.Field.newBuilder();
        UnknownFieldSet.Field.Builder shapes = UnknownFieldSet.Field.newBuilder();
        for (String w : List.of("w1", "w2", "w3")) {
            weights.addLengthDelimited(message(8, w));
        }
        for (String h : List.of("h1", "h2")) {
            shapes.addLengthDelimited(message(1, h));
        }
        UnknownFieldSet output = UnknownFieldSet.newBuilder()
                .addField(1, string("y"))
                .addField(2, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("type")).build())
                .build();
        UnknownFieldSet graph = UnknownFieldSet.newBuilder()
                .addField(1, nodes.build())
                .addField(2, string("toy"))
                .addField(5, weights.build())
                .addField(12, UnknownFieldSet.Field.newBuilder().addLengthDelimited(output.toByteString()).build())
                .addField(13, shapes.build())
                .build();
        return UnknownFieldSet.newBuilder()
                .addField(1, UnknownFieldSet.Field.newBuilder().addVarint(8).build())
                .addField(7, UnknownFieldSet.Field.newBuilder().addLengthDelimited(graph.toByteString()).build())
                .build().toByteArray();
    }

    @Test
    void keepsWhatTheTensorNeedsAndMakesItTheOutput() throws Exception {
        UnknownFieldSet model = UnknownFieldSet.parseFrom(OnnxLayers.upTo(threeLayers(), "h2"));
        assertEquals(List.of(8L), model.getField(1).getVarintList(), "the model's other fields are copied");
        UnknownFieldSet graph = UnknownFieldSet.parseFrom(model.getField(7).getLengthDelimitedList().get(0));
        assertEquals(List.of("first", "second"), names(graph, 1, 3));
        assertEquals(List.of("w1", "w2"), names(graph, 5, 8));
        assertEquals(List.of("h1"), names(graph, 13, 1), "the new output's own shape record goes with the old output's");
        assertEquals(List.of("h2"), names(graph, 12, 1));
        UnknownFieldSet output = UnknownFieldSet.parseFrom(graph.getField(12).getLengthDelimitedList().get(0));
        assertEquals("type", output.getField(2).getLengthDelimitedList().get(0).toStringUtf8(), "its type is kept");
        assertEquals("toy", graph.getField(2).getLengthDelimitedList().get(0).toStringUtf8());
    }

    @Test
    void aTensorNoNodeComputesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> OnnxLayers.upTo(threeLayers(), "h9"));
        assertThrows(IllegalArgumentException.class, () -> OnnxLayers.upTo(new byte[] {1, 2, 3}, "h1"));
    }

    private static ByteString node(String name, String input, String weight, String output) {
        return UnknownFieldSet.newBuilder()
                .addField(1, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(ByteString.copyFromUtf8(input))
                        .addLengthDelimited(ByteString.copyFromUtf8(weight)).build())
                .addField(2, string(output))
                .addField(3, string(name))
                .addField(4, string("MatMul"))
                .build().toByteString();
    }

    private static ByteString message(int nameField, String name) {
        return UnknownFieldSet.newBuilder().addField(nameField, string(name)).build().toByteString();
    }

    private static UnknownFieldSet.Field string(String s) {
        return UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(s)).build();
    }

    private static List<String> names(UnknownFieldSet graph, int field, int nameField)
            throws InvalidProtocolBufferException {
        List<String> out = new ArrayList<>();
        for (ByteString b : graph.getField(field).getLengthDelimitedList()) {
            out.add(UnknownFieldSet.parseFrom(b).getField(nameField).getLengthDelimitedList().get(0).toStringUtf8());
        }
        return out;
    }
}
