package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed registry is what the compiler makes of the reference tables (skipped without ../shared). */
class RegistryCompilerTest {

    private static final Path REFERENCE = Path.of("../shared/reference");

    @Test
    void committedRegistryIsUpToDate(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(REFERENCE.resolve("states.tsv")), "../shared/reference absent");
        JenaSystem.init();
        Path out = tmp.resolve("registry.ttl");
        RegistryCompiler.compile(REFERENCE, Path.of("ontology/sources/leaders-confirmed.tsv"), out);
        assertEquals(Files.readString(Path.of("ontology/registry.ttl")), Files.readString(out),
                "ontology/registry.ttl is stale: run ./diplograph registry");
    }
}
