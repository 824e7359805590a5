package org.diplograph.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.Schema;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Wikidata;

/**
 * Builds {@code ontology/registry.ttl} from the verified reference tables ({@code states.tsv},
 * {@code organizations.tsv}, {@code leaders.tsv}) and our own QID confirmations. A maintainer's tool:
 * the product reads only the compiled file. Output is byte-stable (sorted), so diffs show real changes.
 *
 * <p>Linking policy: a QID is written only where the table says at least two independent sources agree
 * ({@code verified} ≥ 2) or {@code ontology/sources/leaders-confirmed.tsv} records our own confirmation.
 */
public final class RegistryCompiler {

    private static final int MIN_VERIFIED = 2;
    private static final Set<String> HEAD_NOUNS = Set.of("watchdog", "agency", "alliance", "court", "bank",
            "council", "organisation", "organization", "union", "party", "fund", "programme");

    private final Map<String, Map<Node, Set<Node>>> subjects = new TreeMap<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    public RegistryCompiler() {
        org.diplograph.vocab.Namespaces.standard(DG.DEFAULT_BASE).forEach(prefixes::add);
    }

    /** Particles and titles that open many PETRARCH person entries without being given names. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("Al", "Abu", "Abd", "Abdel", "El", "Bin", "Ibn", "De",
            "Da", "Di", "Van", "Von", "Le", "La", "Sheikh", "Shaikh", "Sir", "Lord", "King", "Queen", "Prince",
            "Princess", "General", "President", "Emir", "Sultan", "Mullah", "Ayatollah", "Imam", "Grand", "Mr", "Dr",
            "The", "Saint", "San", "St");

    /**
     * The primary names of PETRARCH's person entries, as written (NUR_MOHAMMAD_TARAKI_). An entry is a
     * person when one of its role lines carries dates ("[AFGGOV 780427-780430]"); states and bodies
     * have undated codes.
     */
    static List<String> petrarchPersonEntries(Path petrarchActors) throws IOException {
        java.util.regex.Pattern dated = java.util.regex.Pattern.compile("\\[[A-Z]{3}\\w* *\\d{0,6}-?\\d{6}\\]");
        List<String> people = new ArrayList<>();
        for (PetrarchDictionary.Entry e : PetrarchDictionary.read(petrarchActors)) {
            if (e.lines().get(0).contains("# CountryInfo") || e.lines().stream().anyMatch(l -> dated.matcher(l).find())) {
                people.add(e.primary());
            }
        }
        return people;
    }

    /**
     * Given names of the people in PETRARCH's country actor dictionary (MIT): the first word of every
     * multi-word person entry seen at least {@code minCount} times. One name per line, sorted.
     */
    public static void firstNames(Path petrarchActors, Path out, int minCount) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String entry : petrarchPersonEntries(petrarchActors)) {
            String[] parts = entry.split("_");
            if (parts.length < 2 || parts[1].isEmpty() || !parts[0].matches("[A-Z]{3,}")) {
                continue;
            }
            String name = parts[0].charAt(0) + parts[0].substring(1).toLowerCase(Locale.ROOT);
            counts.merge(name, 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() >= minCount && !NOT_GIVEN_NAMES.contains(e.getKey())) {
                names.add(e.getKey());
            }
        }
        Files.write(out, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Full names of the people in PETRARCH's country actor dictionary (heads of state, ministers,
     * officials up to 2014; MIT): primary entries of two to four words, no titles, no initials. Known
     * people without Wikidata links: the extractor recognises them by their full name only.
     */
    public static void people(Path petrarchActors, Path out) throws IOException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (String entry : petrarchPersonEntries(petrarchActors)) {
            String[] parts = entry.replaceAll("_+$", "").split("_");
            if (parts.length < 2 || parts.length > 4) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String p : parts) {
                if (!p.matches("[A-Z][A-Z'-]+")) {
                    words = null;
                    break;
                }
                words.add(p.charAt(0) + p.substring(1).toLowerCase(Locale.ROOT));
            }
            if (words != null && !NOT_GIVEN_NAMES.contains(words.get(0))) {
                names.add(String.join(" ", words));
            }
        }
        Files.write(out, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static void compile(Path referenceDir, Path confirmedLeaders, Path out) throws IOException {
        RegistryCompiler c = new RegistryCompiler();
        Map<String, String> iso3ToKey = c.states(Tsv.read(referenceDir.resolve("states.tsv")));
        c.organizations(Tsv.read(referenceDir.resolve("organizations.tsv")), "organizations.tsv (Diplograph reference tables)");
        Path armedGroups = confirmedLeaders.resolveSibling("armed-groups.tsv");
        if (Files.exists(armedGroups)) {
            c.organizations(Tsv.read(armedGroups), "ontology/sources/armed-groups.tsv (written by the project)");
        }
        Map<String, String> confirmed = new HashMap<>();
        if (Files.exists(confirmedLeaders)) {
            for (Map<String, String> row : Tsv.read(confirmedLeaders)) {
                confirmed.put(row.get("name"), row.get("wikidata_qid"));
            }
        }
        c.leaders(Tsv.read(referenceDir.resolve("leaders.tsv")), iso3ToKey, confirmed);
        c.write(out);
    }

    /** A reference table as rows keyed by its header. */
    public static List<Map<String, String>> readTsv(Path file) throws IOException {
        return Tsv.read(file);
    }

    private Map<String, String> states(List<Map<String, String>> rows) {
        Map<String, String> iso3ToKey = new HashMap<>();
        Map<String, Integer> capitalNames = new HashMap<>();
        for (Map<String, String> row : rows) {
            capitalNames.merge(Keys.slug(row.get("capital")), 1, Integer::sum);
        }
        for (Map<String, String> row : rows) {
            String iso3 = row.get("iso3");
            String key = "state/" + iso3;
            iso3ToKey.put(iso3, key);
            String label = row.get("common_name");
            add(key, RDF.type, DG.State.asNode());
            add(key, RDF.type, Schema.Country.asNode());
            add(key, DG.registryKey.asNode(), lit(key));
            add(key, RDFS.label.asNode(), langLit(label));
            add(key, DG.officialName.asNode(), lit(row.get("official_name")));
            add(key, DG.iso3.asNode(), lit(iso3));
            add(key, DG.politicalStatus.asNode(), lit(row.get("status")));
            for (String alt : list(row.get("alt_names"))) {
                if (!alt.equals(label) && isNewsName(alt)) {
                    add(key, SKOS.altLabel.asNode(), lit(alt));
                }
            }
            for (String demonym : list(row.get("demonyms_adjectives"))) {
                add(key, DG.demonym.asNode(), lit(demonym));
            }
            if (verified(row.get("verified")) && !row.get("wikidata_qid").isEmpty()) {
                add(key, OWL.sameAs.asNode(), Wikidata.item(row.get("wikidata_qid")).asNode());
            }
            if (verified(row.get("geonames_verified")) && !row.get("geonames_id").isEmpty()) {
                add(key, DG.geonamesId.asNode(), lit(row.get("geonames_id")));
            }
            add(key, DCTerms.source.asNode(), lit("states.tsv (Diplograph reference tables); QID sources: "
                    + row.get("wikidata_qid_sources")));
            String capital = row.get("capital");
            if (!capital.isEmpty()) {
                String capitalKey = "place/" + Keys.slug(capital)
                        + (capitalNames.get(Keys.slug(capital)) > 1 ? "-" + iso3.toLowerCase(Locale.ROOT) : "");
                add(key, DG.capital.asNode(), iri(capitalKey));
                add(capitalKey, RDF.type, DG.City.asNode());
                add(capitalKey, RDF.type, Schema.City.asNode());
                add(capitalKey, DG.registryKey.asNode(), lit(capitalKey));
                add(capitalKey, RDFS.label.asNode(), langLit(capital));
                add(capitalKey, DG.capitalOf.asNode(), iri(key));
                for (String alt : list(row.get("capital_alt"))) {
                    add(capitalKey, SKOS.altLabel.asNode(), lit(alt));
                }
                if (verified(row.get("capital_qid_verified")) && !row.get("capital_wikidata_qid").isEmpty()
                        && !row.get("capital_wikidata_qid").equals(row.get("wikidata_qid"))) {
                    add(capitalKey, OWL.sameAs.asNode(), Wikidata.item(row.get("capital_wikidata_qid")).asNode());
                }
                if (verified(row.get("capital_geonames_verified")) && !row.get("capital_geonames_id").isEmpty()) {
                    add(capitalKey, DG.geonamesId.asNode(), lit(row.get("capital_geonames_id")));
                }
                add(capitalKey, DCTerms.source.asNode(), lit("states.tsv (Diplograph reference tables); capital QID sources: "
                        + row.get("capital_qid_sources") + "; GeoNames sources: " + row.get("capital_geonames_sources")));
            }
        }
        return iso3ToKey;
    }

    private void organizations(List<Map<String, String>> rows, String source) {
        for (Map<String, String> row : rows) {
            String name = row.get("name");
            String key = "org/" + Keys.slug(name);
            String type = row.get("type");
            add(key, RDF.type, DG.Organization.asNode());
            add(key, RDF.type, Schema.Organization.asNode());
            if (type.equals("news_agency") || type.endsWith("broadcaster") || type.equals("newspaper")) {
                add(key, RDF.type, DG.NewsAgency.asNode());
            } else if (type.equals("party")) {
                add(key, RDF.type, DG.PoliticalParty.asNode());
            } else if (type.equals("government_body")) {
                add(key, RDF.type, DG.GovernmentBody.asNode());
            } else if (!type.equals("armed_group")) {
                add(key, RDF.type, DG.IntergovernmentalOrganization.asNode());
            }
            add(key, DG.registryKey.asNode(), lit(key));
            add(key, RDFS.label.asNode(), langLit(name));
            add(key, DG.organizationType.asNode(), lit(type));
            if (!row.get("acronym").isEmpty() && !row.get("acronym").equals(name)) {
                add(key, DG.acronym.asNode(), lit(row.get("acronym")));
            }
            for (String alt : list(row.get("alt_names"))) {
                if (!alt.equals(name) && isNewsName(alt)) {
                    add(key, SKOS.altLabel.asNode(), lit(alt));
                }
            }
            if (verified(row.get("verified")) && !row.get("wikidata_qid").isEmpty()) {
                add(key, OWL.sameAs.asNode(), Wikidata.item(row.get("wikidata_qid")).asNode());
            }
            add(key, DCTerms.source.asNode(), lit(source + (row.get("qid_sources").isEmpty() ? ""
                    : "; QID sources: " + row.get("qid_sources"))));
        }
    }

    private void leaders(List<Map<String, String>> rows, Map<String, String> iso3ToKey, Map<String, String> confirmed) {
        Map<String, List<Map<String, String>>> byPerson = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            byPerson.computeIfAbsent(row.get("name"), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Map<String, String>>> person : byPerson.entrySet()) {
            String name = person.getKey();
            String key = "person/" + Keys.slug(name);
            Map<String, String> first = person.getValue().get(0);
            add(key, RDF.type, DG.Person.asNode());
            add(key, RDF.type, Schema.Person.asNode());
            add(key, DG.registryKey.asNode(), lit(key));
            add(key, RDFS.label.asNode(), langLit(name));
            for (String alt : list(first.get("alt_names"))) {
                if (!alt.equals(name)) {
                    add(key, SKOS.altLabel.asNode(), lit(alt));
                }
            }
            String qid = first.get("wikidata_qid");
            boolean linked = !qid.isEmpty() && (verified(first.get("verified")) || qid.equals(confirmed.get(name)));
            if (linked) {
                add(key, OWL.sameAs.asNode(), Wikidata.item(qid).asNode());
            }
            add(key, DCTerms.source.asNode(), lit("leaders.tsv (Diplograph reference tables); QID sources: "
                    + first.get("qid_sources") + (confirmed.containsKey(name) ? "; confirmed: leaders-confirmed.tsv" : "")));
            for (Map<String, String> row : person.getValue()) {
                String of = row.get("state_iso3").isEmpty() ? organizationOf(row.get("notes"))
                        : iso3ToKey.get(row.get("state_iso3"));
                String term = key + "/office/" + row.get("office").replaceAll("[^a-z_]+", "-").replaceAll("-+$", "")
                        + (row.get("state_iso3").isEmpty() ? "" : "-" + row.get("state_iso3"));
                add(key, DG.heldOffice.asNode(), iri(term));
                add(term, RDF.type, DG.OfficeTerm.asNode());
                String officeType = row.get("office").startsWith("other") ? "other" : row.get("office");
                add(term, DG.officeType.asNode(), lit(officeType));
                String title = row.get("office").startsWith("other: ") ? row.get("office").substring(7)
                        : row.get("notes").split(";")[0].strip();
                add(term, DG.officeTitle.asNode(), lit(title));
                if (of != null) {
                    add(term, DG.officeOf.asNode(), iri(of));
                }
                if (!row.get("start").isEmpty()) {
                    add(term, DG.termStart.asNode(), lit(row.get("start")));
                }
                if (!row.get("end").isEmpty()) {
                    add(term, DG.termEnd.asNode(), lit(row.get("end")));
                }
            }
        }
    }

    private static String organizationOf(String notes) {
        String n = notes.toLowerCase(Locale.ROOT);
        if (n.contains("nato")) {
            return "org/north-atlantic-treaty-organization";
        }
        if (n.contains("united nations") || n.contains("un secretary")) {
            return "org/united-nations";
        }
        if (n.contains("european commission")) {
            return "org/european-commission";
        }
        if (n.contains("european council")) {
            return "org/european-council";
        }
        if (n.contains("eu") || n.contains("european")) {
            return "org/european-union";
        }
        return null;
    }

    /** Drops descriptive aliases ("EU summit") that would match ordinary prose; keeps names and acronyms. */
    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("\\p{Ll}{1,2}['’]\\p{Lu}.*");

    static boolean isNewsName(String alt) {
        if (alt.isBlank() || !Character.isUpperCase(alt.codePointAt(0)) && !Character.isDigit(alt.codePointAt(0))) {
            return false;
        }
        String[] words = alt.split(" ");
        String last = words[words.length - 1];
        for (String w : words) {
            // an elided particle before a capital is part of the name ("Côte d'Ivoire", "Quai d'Orsay")
            boolean lower = Character.isLowerCase(w.codePointAt(0)) && !ELIDED.matcher(w).matches();
            if (lower && !Set.of("of", "the", "for", "and", "de", "du", "la", "le", "des", "al", "el").contains(w)
                    && !HEAD_NOUNS.contains(last)) {
                return false;
            }
        }
        return true;
    }

    private static boolean verified(String count) {
        return count != null && !count.isEmpty() && Integer.parseInt(count) >= MIN_VERIFIED;
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String v : cell.split("\\|")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return new ArrayList<>(values);
    }

    private void add(String key, org.apache.jena.rdf.model.Property p, Node o) {
        add(key, p.asNode(), o);
    }

    private void add(String key, Node p, Node o) {
        if (o.isLiteral() && o.getLiteralLexicalForm().isEmpty()) {
            return;
        }
        subjects.computeIfAbsent(key, k -> new TreeMap<>(RegistryCompiler::compareNodes))
                .computeIfAbsent(p, k -> new TreeSet<>(RegistryCompiler::compareNodes)).add(o);
    }

    private static int compareNodes(Node a, Node b) {
        if (a.equals(RDF.type.asNode()) != b.equals(RDF.type.asNode())) {
            return a.equals(RDF.type.asNode()) ? -1 : 1;
        }
        return a.toString().compareTo(b.toString());
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s == null ? "" : s.strip());
    }

    private static Node langLit(String s) {
        return NodeFactory.createLiteralLang(s.strip(), "en");
    }

    private static Node iri(String key) {
        return NodeFactory.createURI(DG.DEFAULT_BASE + key);
    }

    private org.apache.jena.shared.PrefixMapping prefixMapping() {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        prefixes.getMapping().forEach(pm::setNsPrefix);
        return pm;
    }

    private void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Diplograph registry: states, capitals, international organisations, news organisations,\n"
                    + "# parties, and heads of state/government and foreign ministers since 2015.\n"
                    + "# GENERATED by `./diplograph registry` from shared/reference/{states,organizations,leaders}.tsv\n"
                    + "# (facts compiled from public sources; see dcterms:source on each entry and ontology/NOTICE.md).\n"
                    + "# Do not edit by hand. Wikidata links only where >= 2 independent sources agree or we confirmed them.\n\n");
            for (var prefix : new TreeMap<>(prefixes.getMapping()).entrySet()) {
                w.write("@prefix " + prefix.getKey() + ": <" + prefix.getValue() + "> .\n");
            }
            for (Map.Entry<String, Map<Node, Set<Node>>> s : subjects.entrySet()) {
                w.write("\n<" + DG.DEFAULT_BASE + s.getKey() + ">");
                List<String> lines = new ArrayList<>();
                for (Map.Entry<Node, Set<Node>> po : s.getValue().entrySet()) {
                    List<String> objects = new ArrayList<>();
                    for (Node o : po.getValue()) {
                        objects.add(FmtUtils.stringForNode(o, prefixMapping()));
                    }
                    String p = po.getKey().equals(RDF.type.asNode()) ? "a" : FmtUtils.stringForNode(po.getKey(), prefixMapping());
                    lines.add("    " + p + " " + String.join(", ", objects));
                }
                w.write("\n" + String.join(" ;\n", lines) + " .\n");
            }
        }
    }

    /** Minimal reader for the reference TSVs: header row, tab-separated, no quoting. */
    static final class Tsv {
        static List<Map<String, String>> read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || !seen.add(line)) {
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), header.length);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i] == null ? "" : cells[i].strip());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
