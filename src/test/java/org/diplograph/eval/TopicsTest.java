package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsTest {

    private static Gold gold(String corpus, String... ids) {
        List<EvalDoc> docs = java.util.Arrays.stream(ids).map(id -> new EvalDoc(id, "Some text here.", null)).toList();
        List<EntitySpan> names = java.util.Arrays.stream(ids).map(id -> new EntitySpan(id, new Span(0, 4), "ORG"))
                .toList();
        return new Gold(corpus, docs, Set.of("ORG"), Map.of(), names, List.of(), List.of());
    }

    @Test
    void re3dDocumentsAreGroupedByTheirSource(@TempDir Path dir) throws Exception {
        Path file = Corpus.RE3D.file(dir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"doc_id": "a", "source": "Ministry Press Office"}
                {"doc_id": "b", "source": "Encyclopaedia"}
                {"doc_id": "c", "source": "Ministry Press Office"}
                """);
        Topics topics = Topics.of(Corpus.RE3D, dir, gold("re3d", "a", "b", "c"));
        assertEquals(List.of("re3d:Encyclopaedia", "re3d:Ministry Press Office"), topics.groups());
        Gold office = topics.restrict(gold("re3d", "a", "b", "c"), "re3d:Ministry Press Office");
        assertEquals(List.of("a", "c"), office.docs().stream().map(EvalDoc::id).toList());
        assertEquals(2, office.entities().size());
    }

    @Test
    void aCorpusWithoutTopicsIsOneGroup() {
        Topics topics = Topics.whole(gold("wikigold", "w1", "w2"), Map.of());
        assertEquals(List.of("wikigold"), topics.groups());
        assertEquals("wikigold", topics.group("w2"));
    }
}
