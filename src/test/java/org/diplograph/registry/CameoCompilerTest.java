package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed CAMEO scheme is what the compiler makes of the PETRARCH2 code list (skipped without ../shared). */
class CameoCompilerTest {

    private static final Path TSV = Path.of("../shared/reference/petrarch/CAMEO.eventcodes.clean.tsv");

    @Test
    void committedSchemeIsUpToDate(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TSV), "../shared/reference/petrarch absent");
        Path out = tmp.resolve("cameo.ttl");
        CameoCompiler.compile(TSV, out);
        assertEquals(Files.readString(Path.of("ontology/cameo.ttl")), Files.readString(out),
                "ontology/cameo.ttl is stale: run java -cp target/classes org.diplograph.registry.CameoCompiler");
    }

    @Test
    void mappingFollowsThePublishedTable() {
        assertEquals("CONSULT", CameoCompiler.ploverCategory("043"));
        assertEquals("CONCEDE", CameoCompiler.ploverCategory("0811"));
        assertEquals("RETREAT", CameoCompiler.ploverCategory("0871"));
        assertEquals("REQUEST", CameoCompiler.ploverCategory("1041"));
        assertEquals("ACCUSE", CameoCompiler.ploverCategory("111"));
        assertEquals("COERCE", CameoCompiler.ploverCategory("163"));
        assertEquals("SANCTION", CameoCompiler.ploverCategory("161"));
        assertEquals("AID", CameoCompiler.ploverCategory("072"));
        assertEquals("ASSAULT", CameoCompiler.ploverCategory("195"));
    }

    @Test
    void labelsAreReadable() {
        assertEquals("Consult", CameoCompiler.normaliseLabel("CONSULT"));
        assertEquals("Make public statement", CameoCompiler.normaliseLabel("MAKE PUBLIC STATEMENT"));
        assertEquals("Express intent to engage in material cooperation, not specified below",
                CameoCompiler.normaliseLabel("Express intent to engage in material cooperation,  not specified below"));
    }
}
