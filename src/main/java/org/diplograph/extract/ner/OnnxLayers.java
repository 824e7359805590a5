package org.diplograph.extract.ner;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ONNX model cut down to what one of its tensors needs, that tensor its only output: a transformer's first layers.
 * ONNX Runtime computes every node of a graph, so reading an earlier layer's states costs the whole model unless the
 * later nodes are gone. The model is rewritten as bare protobuf fields (ONNX's numbers, below), so no ONNX schema
 * classes are needed and every field this class does not touch is copied unchanged.
 */
final class OnnxLayers {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;

    private OnnxLayers() {
    }

    /**
     * The model computing only {@code tensor}, which replaces its single output (keeping that output's type: the
     * same shape of hidden states); the nodes, weights and shape records nothing upstream of it uses are dropped.
     */
    static byte[] upTo(byte[] model, String tensor) {
        try {
            UnknownFieldSet modelFields = UnknownFieldSet.parseFrom(model);
            UnknownFieldSet graph = UnknownFieldSet.parseFrom(only(modelFields, MODEL_GRAPH));
            List<ByteString> nodes = graph.getField(GRAPH_NODE).getLengthDelimitedList();
            Map<String, Integer> producer = new HashMap<>();
            List<List<String>> inputs = new ArrayList<>(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                UnknownFieldSet node = UnknownFieldSet.parseFrom(nodes.get(i));
                inputs.add(strings(node, NODE_INPUT));
                for (String out : strings(node, NODE_OUTPUT)) {
                    producer.put(out, i);
                }
            }
            if (!producer.containsKey(tensor)) {
                throw new IllegalArgumentException("no node computes " + tensor);
            }
            boolean[] keep = new boolean[nodes.size()];
            Set<String> needed = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(tensor));
            while (!todo.isEmpty()) {
                String name = todo.pop();
                Integer node = needed.add(name) ? producer.get(name) : null;
                if (node != null && !keep[node]) {
                    keep[node] = true;
                    todo.addAll(inputs.get(node));
                }
            }
            UnknownFieldSet.Field.Builder keptNodes = UnknownFieldSet.Field.newBuilder();
            for (int i = 0; i < nodes.size(); i++) {
                if (keep[i]) {
                    keptNodes.addLengthDelimited(nodes.get(i));
                }
            }
            UnknownFieldSet output = UnknownFieldSet.parseFrom(only(graph, GRAPH_OUTPUT));
            UnknownFieldSet renamed = UnknownFieldSet.newBuilder(output)
                    .clearField(VALUE_INFO_NAME).addField(VALUE_INFO_NAME, one(ByteString.copyFromUtf8(tensor))).build();
            needed.remove(tensor);
            UnknownFieldSet cut = UnknownFieldSet.newBuilder(graph)
                    .clearField(GRAPH_NODE).addField(GRAPH_NODE, keptNodes.build())
                    .clearField(GRAPH_INITIALIZER).addField(GRAPH_INITIALIZER, named(graph, GRAPH_INITIALIZER, TENSOR_NAME, needed))
                    .clearField(GRAPH_VALUE_INFO).addField(GRAPH_VALUE_INFO, named(graph, GRAPH_VALUE_INFO, VALUE_INFO_NAME, needed))
                    .clearField(GRAPH_OUTPUT).addField(GRAPH_OUTPUT, one(renamed.toByteString()))
                    .build();
            return UnknownFieldSet.newBuilder(modelFields)
                    .clearField(MODEL_GRAPH).addField(MODEL_GRAPH, one(cut.toByteString()))
                    .build().toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model", e);
        }
    }

    private static ByteString only(UnknownFieldSet message, int field) {
        List<ByteString> values = message.getField(field).getLengthDelimitedList();
        if (values.size() != 1) {
            throw new IllegalArgumentException("expected one field " + field + ", found " + values.size());
        }
        return values.get(0);
    }

    private static List<String> strings(UnknownFieldSet message, int field) {
        List<String> out = new ArrayList<>();
        for (ByteString value : message.getField(field).getLengthDelimitedList()) {
            out.add(value.toStringUtf8());
        }
        return out;
    }

    private static UnknownFieldSet.Field one(ByteString value) {
        return UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build();
    }

    /** The repeated messages of {@code field} whose name (field {@code nameField}) is among {@code names}. */
    private static UnknownFieldSet.Field named(UnknownFieldSet graph, int field, int nameField, Set<String> names)
            throws InvalidProtocolBufferException {
        UnknownFieldSet.Field.Builder kept = UnknownFieldSet.Field.newBuilder();
        for (ByteString value : graph.getField(field).getLengthDelimitedList()) {
            List<String> name = strings(UnknownFieldSet.parseFrom(value), nameField);
            if (!name.isEmpty() && names.contains(name.get(0))) {
                kept.addLengthDelimited(value);
            }
        }
        return kept.build();
    }
}
