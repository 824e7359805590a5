package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventClustersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode line(String id, String... events) throws Exception {
        return (ObjectNode) JSON.readTree("{\"id\":\"" + id + "\",\"mentions\":[" + String.join(",", events) + "]}");
    }

    private static String event(String entity, String text, String participants, String place, String date) {
        return "{\"kind\":\"event\",\"family\":\"assault\",\"modality\":\"asserted\",\"entity\":\"" + entity
                + "\",\"text\":\"" + text + "\",\"participants\":[" + participants + "],\"place\":"
                + (place == null ? "null" : "\"" + place + "\"") + ",\"date\":"
                + (date == null ? "null" : "\"" + date + "\"") + "}";
    }

    private static String entity(ObjectNode line, int i) {
        return line.get("mentions").get(i).get("entity").asText();
    }

    @Test
    void graphRenamesTheReportsTheStoreLinked() throws Exception {
        ObjectNode a = line("a", event("x:1", "met", "\"p:wang\",\"p:choe\"", null, null));
        ObjectNode b = line("b", event("x:2", "talks", "\"p:wang\",\"p:choe\"", null, null),
                event("x:3", "shot", "", null, null));
        EventClusters.GRAPH.apply(List.of(a, b), java.util.Map.of("x:2", "x:1"));
        assertEquals("x:1", entity(a, 0));
        assertEquals("x:1", entity(b, 0));
        assertEquals("x:3", entity(b, 1));
    }

    @Test
    void articleKeepsEachDocumentsNodesAndSurfaceIsTheSameWordBaseline() throws Exception {
        ObjectNode a = line("a", event("x:1", "Shot", "", null, null), event("x:2", "killed", "", null, null));
        ObjectNode b = line("b", event("x:3", "shot", "", null, null));
        EventClusters.ARTICLE.apply(List.of(a, b), java.util.Map.of("x:1", "x:9"));
        assertEquals("x:1", entity(a, 0));
        EventClusters.SURFACE.apply(List.of(a, b), java.util.Map.of());
        assertEquals(entity(a, 0), entity(b, 0));
        assertNotEquals(entity(a, 0), entity(a, 1));
    }
}
