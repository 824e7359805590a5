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
    void linkedJoinsNodesSharingAParticipantOrAnUnnamedIncidentsPlace() throws Exception {
        ObjectNode a = line("a", event("x:1", "shot", "\"p:smith\",\"p:jones\"", null, null),
                event("x:3", "shooting", "", "l:oakland", "2009-01-01"));
        ObjectNode b = line("b", event("x:2", "killed", "\"p:smith\"", null, "2009-01-02"),
                event("x:4", "shooting", "", "l:oakland", "2009-01-03"),
                event("x:5", "shooting", "", "l:oakland", "2010-05-03"),
                event("x:6", "shot", "\"p:brown\"", "l:oakland", null));
        EventClusters.LINKED.apply(List.of(a, b));
        assertEquals(entity(a, 0), entity(b, 0));
        assertEquals(entity(a, 1), entity(b, 1));
        assertNotEquals(entity(a, 1), entity(b, 2), "another month");
        assertNotEquals(entity(a, 1), entity(b, 3), "a named incident is not linked by place");
        assertNotEquals(entity(a, 0), entity(a, 1));
    }

    @Test
    void keyKeepsTheGraphsNodesAndSurfaceIsTheSameWordBaseline() throws Exception {
        ObjectNode a = line("a", event("x:1", "Shot", "", null, null), event("x:2", "killed", "", null, null));
        ObjectNode b = line("b", event("x:3", "shot", "", null, null));
        EventClusters.KEY.apply(List.of(a, b));
        assertEquals("x:1", entity(a, 0));
        EventClusters.SURFACE.apply(List.of(a, b));
        assertEquals(entity(a, 0), entity(b, 0));
        assertNotEquals(entity(a, 0), entity(a, 1));
    }
}
