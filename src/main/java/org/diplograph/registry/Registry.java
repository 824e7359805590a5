package org.diplograph.registry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Wikidata;

/**
 * The known entities (states, capitals, organisations, office holders), read once from the compiled
 * {@code ontology/registry.ttl} on the classpath. Immutable and shared by all threads.
 */
public final class Registry {

    private static final String RESOURCE = "ontology/registry.ttl";
    private static volatile Registry bundled;

    private final Map<String, RegistryEntry> byKey;

    public Registry(Collection<RegistryEntry> entries) {
        Map<String, RegistryEntry> map = new HashMap<>();
        for (RegistryEntry e : entries) {
            map.put(e.key(), e);
        }
        this.byKey = Map.copyOf(map);
    }

    /** The registry shipped in the jar. */
    public static Registry bundled() {
        Registry r = bundled;
        if (r == null) {
            synchronized (Registry.class) {
                if (bundled == null) {
                    bundled = load();
                }
                r = bundled;
            }
        }
        return r;
    }

    private static Registry load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Registry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fromModel(model);
    }

    /** A compiled registry file (maintainers: what {@code registry} just wrote). */
    public static Registry read(java.nio.file.Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, file.toString(), Lang.TURTLE);
        return fromModel(model);
    }

    static Registry fromModel(Model model) {
        List<RegistryEntry> entries = new ArrayList<>();
        model.listSubjectsWithProperty(DG.registryKey).forEachRemaining(s -> entries.add(entry(s)));
        return new Registry(entries);
    }

    private static RegistryEntry entry(Resource s) {
        String key = s.getProperty(DG.registryKey).getString();
        EntityKind kind = switch (key.substring(0, key.indexOf('/'))) {
            case "state" -> EntityKind.STATE;
            case "org" -> EntityKind.ORGANIZATION;
            case "person" -> EntityKind.PERSON;
            case "place" -> EntityKind.PLACE;
            default -> throw new IllegalStateException("unknown registry key " + key);
        };
        String label = s.getProperty(RDFS.label).getString();
        List<String> names = new ArrayList<>();
        names.add(label);
        names.addAll(strings(s, SKOS.altLabel));
        names.addAll(strings(s, DG.acronym));
        String official = string(s, DG.officialName);
        if (official != null) {
            names.add(official);
        }
        String qid = null;
        for (Statement st : s.listProperties(OWL.sameAs).toList()) {
            String uri = st.getResource().getURI();
            if (uri.startsWith(Wikidata.ENTITY)) {
                qid = uri.substring(Wikidata.ENTITY.length());
            }
        }
        String stateKey = keyOf(s, kind == EntityKind.PLACE ? DG.capitalOf : DG.capital);
        String subtype = kind == EntityKind.ORGANIZATION ? string(s, DG.organizationType) : string(s, DG.politicalStatus);
        List<OfficeTerm> offices = new ArrayList<>();
        for (Statement st : s.listProperties(DG.heldOffice).toList()) {
            Resource term = st.getResource();
            offices.add(new OfficeTerm(string(term, DG.officeType), string(term, DG.officeTitle),
                    keyOf(term, DG.officeOf), string(term, DG.termStart), string(term, DG.termEnd)));
        }
        offices.sort(Comparator.comparing(o -> o.start() == null ? "" : o.start()));
        return new RegistryEntry(key, kind, label, names.stream().distinct().toList(),
                strings(s, DG.demonym), qid, string(s, DG.geonamesId), stateKey, subtype, official, offices,
                string(s, DCTerms.source));
    }

    private static String keyOf(Resource s, org.apache.jena.rdf.model.Property p) {
        Statement st = s.getProperty(p);
        if (st == null) {
            return null;
        }
        String uri = st.getResource().getURI();
        return uri.startsWith(DG.DEFAULT_BASE) ? uri.substring(DG.DEFAULT_BASE.length()) : null;
    }

    private static String string(Resource s, org.apache.jena.rdf.model.Property p) {
        Statement st = s.getProperty(p);
        return st == null ? null : st.getString();
    }

    private static List<String> strings(Resource s, org.apache.jena.rdf.model.Property p) {
        return s.listProperties(p).toList().stream().map(Statement::getObject).map(RDFNode::asLiteral)
                .map(l -> l.getString()).sorted().toList();
    }

    public Optional<RegistryEntry> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** All entries in key order, so anything built from them is deterministic. */
    public List<RegistryEntry> entries() {
        return byKey.values().stream().sorted(Comparator.comparing(RegistryEntry::key)).toList();
    }

    public int size() {
        return byKey.size();
    }
}
