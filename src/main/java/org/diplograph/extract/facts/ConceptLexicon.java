package org.diplograph.extract.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Stance targets that are ideas rather than actors ("hegemonism", "the Global Governance Initiative"),
 * read from the SKOS scheme {@code ontology/concepts.ttl}. Matching is case-insensitive on words.
 */
public final class ConceptLexicon {

    public static final String NS = "https://w3id.org/diplograph/concept/";
    private static final String RESOURCE = "ontology/concepts.ttl";
    private static volatile ConceptLexicon bundled;

    /** A concept: key "concept/<local>", its preferred label, and IRIs it is the same as (Wikidata). */
    public record Concept(String key, String label, List<String> sameAs) {
    }

    /** A concept found in text: word positions [from, to) in the token list given to {@link #find}. */
    public record Match(int from, int to, Concept concept) {
    }

    private final Map<String, Concept> byLabel;
    private final Map<String, Concept> byKey;
    private final int maxWords;

    ConceptLexicon(Map<String, Concept> byLabel) {
        this.byLabel = Map.copyOf(byLabel);
        Map<String, Concept> keys = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, Concept> e : byLabel.entrySet()) {
            keys.put(e.getValue().key(), e.getValue());
            longest = Math.max(longest, e.getKey().split(" ").length);
        }
        this.byKey = Map.copyOf(keys);
        this.maxWords = longest;
    }

    public static ConceptLexicon bundled() {
        if (bundled == null) {
            synchronized (ConceptLexicon.class) {
                if (bundled == null) {
                    bundled = load();
                }
            }
        }
        return bundled;
    }

    private static ConceptLexicon load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ConceptLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ConceptLexicon(Map.of());
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Concept> byLabel = new HashMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            if (!c.isURIResource() || !c.getURI().startsWith(NS) || !c.hasProperty(SKOS.prefLabel)) {
                return;
            }
            String label = c.getProperty(SKOS.prefLabel).getString();
            List<String> same = new ArrayList<>();
            c.listProperties(org.apache.jena.vocabulary.OWL.sameAs).forEachRemaining(s -> same.add(s.getResource().getURI()));
            c.listProperties(SKOS.exactMatch).forEachRemaining(s -> same.add(s.getResource().getURI()));
            Concept concept = new Concept("concept/" + c.getURI().substring(NS.length()), label,
                    same.stream().distinct().sorted().toList());
            byLabel.put(norm(label), concept);
            for (RDFNode alt : c.listProperties(SKOS.altLabel).mapWith(s -> s.getObject()).toList()) {
                byLabel.putIfAbsent(norm(alt.asLiteral().getString()), concept);
            }
        });
        return new ConceptLexicon(byLabel);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("-", " ").replaceAll("[^a-z0-9' ]+", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** Longest concepts in the words, left to right. */
    public List<Match> find(List<String> words) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match best = null;
            for (int len = Math.min(maxWords + 2, words.size() - i); len >= 1 && best == null; len--) {
                String surface = norm(String.join(" ", words.subList(i, i + len)));
                Concept c = byLabel.get(surface);
                if (c != null && !surface.isEmpty()) {
                    best = new Match(i, i + len, c);
                }
            }
            if (best != null) {
                found.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return found;
    }

    public java.util.Optional<Concept> get(String key) {
        return java.util.Optional.ofNullable(byKey.get(key));
    }

    public int size() {
        return byKey.size();
    }
}
