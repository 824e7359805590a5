package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(double articlesPerSecond, double parse) throws Exception {
        return JSON.readTree("""
                {"pipeline": "p1", "threads": 2, "store": "TDB2", "nameFinder": "accurate", "articles": 10,
                 "tokensPerSecond": 9000.0, "articlesPerSecond": %s, "cpuMsPerArticle": 300.0,
                 "stageCpuMsPerArticle": {"names": 100.0, "parse": %s},
                 "outsideStagesCpuMsPerArticle": 150.0, "linkAndConsolidateSeconds": 1.0,
                 "linkAndConsolidateCpuMsPerArticle": 2.0, "peakHeapMb": 1800, "maxHeapMb": 3000,
                 "startToFirstArticleSeconds": 4.5, "summary": "10 articles read"}
                """.formatted(articlesPerSecond, parse));
    }

    @Test
    void comparesEveryFigureWithTheSecondOverTheFirst() throws Exception {
        String table = BenchCommand.compare(run(4.0, 40.0), run(6.0, 20.0), "before.json", "after.json");
        assertTrue(table.lines().anyMatch(l -> l.matches("articlesPerSecond\\s+4\\.0\\s+6\\.0\\s+1\\.50")), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("stageCpuMsPerArticle\\.parse\\s+40\\.0\\s+20\\.0\\s+0\\.50")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.matches("nameFinder\\s+accurate\\s+accurate")), table);
        assertTrue(table.lines().noneMatch(l -> l.startsWith("summary")), table);
    }

    @Test
    void showsAStageOnlyTheSecondRunHas() throws Exception {
        JsonNode later = run(6.0, 20.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) later.get("stageCpuMsPerArticle")).put("tagger", 7.5);
        String table = BenchCommand.compare(run(4.0, 40.0), later, "before.json", "after.json");
        assertTrue(table.lines().anyMatch(l -> l.matches("stageCpuMsPerArticle\\.tagger\\s+-\\s+7\\.5")), table);
    }

    @Test
    void describesARunOnThreeLinesAfterItsSummary() throws Exception {
        String text = BenchCommand.describe(run(4.0, 40.0));
        assertTrue(text.startsWith("10 articles read\n"), text);
        assertTrue(text.contains("4.0 articles/s, 9,000 tokens/s"), text);
        assertTrue(text.contains("by stage: names 100.0 parse 40.0; outside the stages"), text);
        assertTrue(text.contains("first article stored 4.5 s after start"), text);
    }
}
