package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.HashSet;
import java.util.Set;
import org.diplograph.registry.OrgListCompiler;
import org.diplograph.registry.PlaceListCompiler;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryCompiler;
import org.diplograph.registry.RegistryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Maintainers: rebuilds ontology/registry.ttl, first-names.txt, people.txt, places.tsv and organizations.tsv.",
                "Sources: the verified reference tables (states.tsv, organizations.tsv, leaders.tsv, PETRARCH actors)",
                "and ontology/sources/leaders-confirmed.tsv.",
                "The product never needs the reference tables; it reads the compiled registry from its jar."})
final class RegistryCommand implements Callable<Integer> {

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "../shared/reference",
            description = "Folder with the reference TSVs (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Option(names = "--confirmed", paramLabel = "FILE", defaultValue = "ontology/sources/leaders-confirmed.tsv",
            description = "Our own QID confirmations (default: ${DEFAULT-VALUE}).")
    Path confirmed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/registry.ttl",
            description = "Output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--corpus", paramLabel = "JSONL",
            defaultValue = AnnotatedNews.CORPUS,
            description = "News corpus that decides how place names are capitalised and which are common words "
                    + "(default: ${DEFAULT-VALUE}; skipped when missing).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(reference.resolve("states.tsv"))) {
            throw new Main.UserError("no states.tsv in " + reference);
        }
        RegistryCompiler.compile(reference, confirmed, out);
        System.out.println("wrote " + out);
        Path names = out.resolveSibling("first-names.txt");
        RegistryCompiler.firstNames(reference.resolve("petrarch/Phoenix.Countries.actors.txt"), names, 5);
        System.out.println("wrote " + names);
        Path people = out.resolveSibling("people.txt");
        RegistryCompiler.people(reference.resolve("petrarch/Phoenix.Countries.actors.txt"), people);
        System.out.println("wrote " + people);
        Set<String> known = new HashSet<>();
        for (RegistryEntry e : Registry.read(out).entries()) {
            known.addAll(e.names());
            known.addAll(e.demonyms());
        }
        known.addAll(Files.readAllLines(names));
        known.addAll(Files.readAllLines(people));
        Path places = out.resolveSibling("places.tsv");
        int n = PlaceListCompiler.compile(reference.resolve("petrarch/Phoenix.Countries.actors.txt"),
                RegistryCompiler.readTsv(reference.resolve("states.tsv")), known,
                Files.isRegularFile(corpus) ? corpus : null, places);
        System.out.println("wrote " + places + " (" + n + " places)");
        known.addAll(places.toFile().exists() ? Files.readAllLines(places).stream().map(l -> l.split("\t")[0]).toList()
                : java.util.List.of());
        Path orgs = out.resolveSibling("organizations.tsv");
        int o = OrgListCompiler.compile(java.util.List.of(reference.resolve("petrarch/Phoenix.International.actors.txt"),
                reference.resolve("petrarch/Phoenix.MilNonState.actors.txt")), known,
                Files.isRegularFile(corpus) ? corpus : null, orgs);
        System.out.println("wrote " + orgs + " (" + o + " organisations)");
        return Main.OK;
    }
}
