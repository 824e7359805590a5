package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.diplograph.vocab.Wikidata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealnewsLinkScorerTest {

    private static final String ANNOTATIONS = String.join("\n",
            "# invented names and items",
            "kind\tname key\tlabel\tqid\tevidence",
            row("person", "Dana Quill", "Q1"),
            row("person", "Arlo Penn|Arlo Pen", "Q2"),
            row("person", "Mira Stone", "NIL-UNVERIFIED"),
            row("organisation", "Northport Council", "Q3"),
            row("organisation", "Daily Herald", "NIL"),
            row("state", "Aland", "Q5"), "");

    private static String row(String kind, String name, String qid) {
        return String.join("\t", kind, RealnewsLinkScorer.nameKey(name), name.split("\\|")[0], qid, "invented");
    }

    private static Resource node(Model m, String iri, Resource type, String label, String qid) {
        Resource r = m.createResource(iri).addProperty(RDF.type, type).addProperty(RDFS.label, label);
        if (qid != null) {
            r.addProperty(OWL.sameAs, Wikidata.item(qid));
        }
        return r;
    }

    /** One article graph: Dana Quill linked right, Arlo Penn to another item, Northport Council by its acronym. */
    private static Dataset graph() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            String g = "https://example.org/article/01-alpha";
            Model m = ds.getNamedModel(g);
            Resource art = m.createResource(g).addProperty(DG.articleId, "01-alpha");
            art.addProperty(Schema.mentions, node(m, "https://example.org/e/dana", Schema.Person, "Quill", "Q1"));
            node(m, "https://example.org/e/arlo", Schema.Person, "Arlo Penn", "Q9");
            node(m, "https://example.org/e/nc", Schema.Organization, "NC", null);
            node(m, "https://example.org/e/aland", Schema.Country, "Aland", "Q5");
            node(m, "https://example.org/e/aland-org", Schema.Organization, "Aland", null);
            // the page's publisher, not named in the text: metadata, as score.py reads it
            art.addProperty(Schema.publisher,
                    node(m, "https://example.org/e/herald", Schema.Organization, "Daily Herald", "Q7"));
        });
        return ds;
    }

    @Test
    void scoresNodesLinksAndRightLinksPerKind(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"01\", \"people\": [{\"name\": \"Dana Quill\"}, {\"name\": \"Arlo Penn|Arlo Pen\"},"
                + " {\"name\": \"Mira Stone\"}], \"states\": [\"Aland\", \"Aland\"],"
                + " \"organisations\": [\"Northport Council\", \"Daily Herald\"]}\n");
        RealnewsLinkScorer.GoldSet set = RealnewsLinkScorer.readGold(gold);
        assertEquals(6, set.items().size(), "a state listed twice in one article counts once");
        var annotations = RealnewsLinkScorer.readAnnotations(
                new ByteArrayInputStream(ANNOTATIONS.getBytes(StandardCharsets.UTF_8)));
        RealnewsLinkScorer.Report r = RealnewsLinkScorer.score(set, annotations, RealnewsLinkScorer.nodes(graph()));
        // items, qid, nil, unverified, node, linked, right, linked with known gold
        assertArrayEquals(new int[] {3, 2, 0, 1, 2, 2, 1, 2}, r.of("person"));
        assertArrayEquals(new int[] {2, 1, 1, 0, 1, 0, 0, 0}, r.of("organisation"));
        assertArrayEquals(new int[] {5, 3, 1, 1, 3, 2, 1, 2}, r.of("people+orgs"));
        assertArrayEquals(new int[] {1, 1, 0, 0, 1, 1, 1, 1}, r.of("state"));
        assertEquals(0.5, r.precision("person"), 1e-9);
        assertEquals(1.0 / 3, r.recall("people+orgs"), 1e-9);
        assertEquals(List.of(
                "WRONG\t01\tperson\tArlo Penn|Arlo Pen\tQ2\tArlo Penn\tQ9",
                "NO_NODE\t01\tperson\tMira Stone\tNIL-UNVERIFIED\t\t",
                "UNLINKED\t01\torganisation\tNorthport Council\tQ3\tNC\t"), r.errors());
    }

    @Test
    void aGoldNameWithoutAnnotationFails(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"02\", \"people\": [{\"name\": \"Tova Lind\"}]}\n");
        var annotations = RealnewsLinkScorer.readAnnotations(
                new ByteArrayInputStream(ANNOTATIONS.getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> RealnewsLinkScorer.score(RealnewsLinkScorer.readGold(gold), annotations, Map.of()));
    }

    @Test
    void namesMatchAsScorePyMatchesThem() {
        var namer = new RealnewsLinkScorer.Namer(List.of("Dana Quill", "Arlo Quill", "Mira Stone"));
        assertFalse(namer.match("Dana Quill", "Quill", true), "a surname two gold people share");
        assertTrue(namer.match("Mira Stone", "Stone", true));
        assertTrue(namer.match("Mira Stone", "Myra Stone", true), "same surname, unique");
        assertTrue(namer.match("Northport Council", "NC", false), "an acronym");
        assertTrue(namer.match("Aland", "Republic of Aland", false), "the longer ends with the shorter");
        assertFalse(namer.match("Northport Council", "Northport Council Committee", false));
        assertTrue(namer.match("Kessel Union", "the Kessel Union's", false));
    }

    @Test
    void theBundledAnnotationCoversEveryKindWithKnownCodes() {
        var annotations = RealnewsLinkScorer.bundledAnnotations();
        assertTrue(annotations.values().stream().map(RealnewsLinkScorer.Annotation::kind).distinct().sorted().toList()
                .equals(List.of("organisation", "person", "state")));
    }
}
