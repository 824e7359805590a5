package org.diplograph.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code ontology/cameo.ttl} from the PETRARCH2 CAMEO event code list
 * ({@code shared/reference/petrarch/CAMEO.eventcodes.clean.tsv}, MIT licence, Open Event Data Alliance):
 * three SKOS concept schemes in one file,
 * <ul>
 *   <li>CAMEO event codes, {@code https://w3id.org/diplograph/cameo/<code>} (e.g. {@code .../cameo/043}),
 *       with notation, label, {@code skos:broader} (3-digit → 2-digit root, 4-digit → 3-digit) and, for the
 *       20 roots, {@code skos:topConceptOf} and {@code dg:quadClass};</li>
 *   <li>the four CAMEO quad classes, {@code https://w3id.org/diplograph/cameo/quad/<1-4>}, taken from the
 *       quad-class rows of the TSV (each precedes the roots it covers);</li>
 *   <li>the 16 PLOVER event categories, {@code https://w3id.org/diplograph/plover/<NAME>}, and
 *       {@code dg:ploverCategory} from every CAMEO code to exactly one of them.</li>
 * </ul>
 * The CAMEO→PLOVER mapping follows the Open Event Data Alliance's published conversion table
 * {@code CAMEO2PLOVER-2021.txt} (openeventdata/PLOVER, PLOVER manual draft 0.8, 17 September 2021), with
 * DEMAND renamed REQUEST as in the released 16-category PLOVER used by POLECAT. PLOVER drops CAMEO 01
 * (public statements) and 02 (appeals); their mappings here are the project's own and carry a
 * {@code skos:editorialNote} saying so.
 *
 * <p>Output is byte-stable (sorted by code), so a diff shows only real changes. Pure JDK: run with
 * {@code java -cp target/classes org.diplograph.registry.CameoCompiler [TSV] [OUT]}.
 */
public final class CameoCompiler {

    public static final String CAMEO_NS = "https://w3id.org/diplograph/cameo/";
    public static final String QUAD_NS = CAMEO_NS + "quad/";
    public static final String PLOVER_NS = "https://w3id.org/diplograph/plover/";
    public static final String DG_NS = "https://w3id.org/diplograph/ontology#";

    /** The 16 PLOVER categories in the manual's order, each with its quad class and our one-line definition. */
    static final Map<String, String[]> PLOVER = new LinkedHashMap<>();

    static {
        plover("AGREE", 1, "Agree",
                "Agree to, offer or promise cooperation, or state an intention to cooperate, including promises to sign an agreement.");
        plover("CONSULT", 1, "Consult",
                "Meet, visit, host, hold talks, negotiate or confer by telephone or other means.");
        plover("SUPPORT", 1, "Support",
                "Express non-material support: praise, endorse, defend verbally, recognise diplomatically, or sign or ratify an agreement.");
        plover("CONCEDE", 1, "Concede",
                "Make a verbal concession without immediate material effect, such as promising to ease restrictions or to accede to demands.");
        plover("COOPERATE", 2, "Cooperate",
                "Engage in mutually beneficial material cooperation: economic, military, judicial or intelligence exchange.");
        plover("AID", 2, "Aid",
                "Provide material aid that mainly benefits the recipient: economic, military or humanitarian aid, protection or asylum.");
        plover("RETREAT", 2, "Retreat",
                "Make a material concession: release persons or property, ease sanctions, allow access, disarm, observe a ceasefire or withdraw.");
        plover("REQUEST", 3, "Request",
                "Ask, call on or demand that another actor act, change course, meet, negotiate or provide something.");
        plover("ACCUSE", 3, "Accuse",
                "Criticise, condemn, denounce or accuse; complain officially, sue or find guilty; investigate alleged wrongdoing.");
        plover("REJECT", 3, "Reject",
                "Refuse, reject or veto a proposal, request, demand, cooperation or settlement; defy norms or law.");
        plover("THREATEN", 3, "Threaten",
                "Warn of harmful action: threaten sanctions, reduced relations, repression, force or attack, or give an ultimatum.");
        plover("PROTEST", 4, "Protest",
                "Dissent collectively in public: demonstrate, rally, strike, boycott, obstruct, hunger-strike or riot.");
        plover("SANCTION", 4, "Sanction",
                "Reduce existing relations: cut diplomatic ties or aid, halt negotiations or mediation, expel or withdraw.");
        plover("MOBILIZE", 4, "Mobilize",
                "Show force posture: raise the alert status of, mobilise or deploy armed forces or police.");
        plover("COERCE", 4, "Coerce",
                "Use non-lethal coercion: seize property, impose embargoes or administrative restrictions, arrest, deport, blockade or occupy.");
        plover("ASSAULT", 4, "Assault",
                "Use violence: attack, fight with conventional or unconventional weapons, bomb, abduct, kill or commit mass violence.");
    }

    private static void plover(String name, int quad, String label, String definition) {
        PLOVER.put(name, new String[] {Integer.toString(quad), label, definition});
    }

    /** PLOVER category of each root per CAMEO2PLOVER-2021 (01 and 02: the project's choice). */
    private static final Map<String, String> ROOT_PLOVER = Map.ofEntries(
            Map.entry("01", "SUPPORT"), Map.entry("02", "REQUEST"), Map.entry("03", "AGREE"),
            Map.entry("04", "CONSULT"), Map.entry("05", "SUPPORT"), Map.entry("06", "COOPERATE"),
            Map.entry("07", "AID"), Map.entry("08", "CONCEDE"), Map.entry("09", "ACCUSE"),
            Map.entry("10", "REQUEST"), Map.entry("11", "ACCUSE"), Map.entry("12", "REJECT"),
            Map.entry("13", "THREATEN"), Map.entry("14", "PROTEST"), Map.entry("15", "MOBILIZE"),
            Map.entry("16", "SANCTION"), Map.entry("17", "COERCE"), Map.entry("18", "ASSAULT"),
            Map.entry("19", "ASSAULT"), Map.entry("20", "ASSAULT"));

    /**
     * Codes whose category differs from their root's. From CAMEO2PLOVER-2021: YIELD is split into CONCEDE
     * (080-083) and RETREAT (084-087, 0813, 0814); 163 (impose embargo, boycott or sanctions) is COERCE;
     * 1712 (destroy property) and 175 (violent repression) are ASSAULT; 191 (blockade) and 192 (occupy
     * territory) are COERCE. The 01x entries are the project's (PLOVER has no public-statement category).
     */
    private static final Map<String, String> CODE_PLOVER = Map.ofEntries(
            Map.entry("0813", "RETREAT"), Map.entry("0814", "RETREAT"), Map.entry("084", "RETREAT"),
            Map.entry("0841", "RETREAT"), Map.entry("0842", "RETREAT"), Map.entry("085", "RETREAT"),
            Map.entry("086", "RETREAT"), Map.entry("0861", "RETREAT"), Map.entry("0862", "RETREAT"),
            Map.entry("0863", "RETREAT"), Map.entry("087", "RETREAT"), Map.entry("0871", "RETREAT"),
            Map.entry("0872", "RETREAT"), Map.entry("0873", "RETREAT"), Map.entry("0874", "RETREAT"),
            Map.entry("163", "COERCE"), Map.entry("1712", "ASSAULT"), Map.entry("175", "ASSAULT"),
            Map.entry("191", "COERCE"), Map.entry("192", "COERCE"),
            // project choices for CAMEO 01 (no PLOVER equivalent)
            Map.entry("011", "REJECT"), Map.entry("012", "ACCUSE"), Map.entry("014", "AGREE"),
            Map.entry("015", "CONCEDE"), Map.entry("016", "REJECT"), Map.entry("019", "AGREE"));

    /** Obvious typos in the source labels, corrected in the prefLabel (the source is otherwise kept). */
    private static final Map<String, String> TYPOS = Map.of(
            "matyerial", "material",
            "radiologicalweapons", "radiological weapons");

    private CameoCompiler() {
    }

    /** One CAMEO code: its label and, for roots, its quad class. */
    record Code(String code, String label, String quad) {
        boolean root() {
            return code.length() == 2;
        }

        String parent() {
            return root() ? null : code.substring(0, code.length() - 1);
        }
    }

    /** The PLOVER category of a CAMEO code (never null for a well-formed code). */
    public static String ploverCategory(String code) {
        String c = CODE_PLOVER.get(code);
        if (c != null) {
            return c;
        }
        c = ROOT_PLOVER.get(code.substring(0, 2));
        if (c == null) {
            throw new IllegalArgumentException("not a CAMEO event code: " + code);
        }
        return c;
    }

    /** Whether the code's PLOVER category is the project's choice rather than the published table's. */
    static boolean projectMapping(String code) {
        return code.startsWith("01") || code.startsWith("02") || code.equals("08");
    }

    /** Readable label: whitespace collapsed, typos fixed, all-caps root labels in sentence case. */
    static String normaliseLabel(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        for (Map.Entry<String, String> t : TYPOS.entrySet()) {
            s = s.replace(t.getKey(), t.getValue());
        }
        if (s.equals(s.toUpperCase(Locale.ROOT))) {
            s = s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
        }
        return s;
    }

    static Map<String, Code> read(Path tsv) throws IOException {
        Map<String, Code> codes = new TreeMap<>();
        String quad = null;
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("CAMEOEVENTCODE"))) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || !f[0].strip().matches("\\d{1,4}")) {
                throw new IOException(tsv + ":" + (i + 1) + ": not a code row: " + line);
            }
            String code = f[0].strip();
            if (code.length() == 1) {
                quad = code;
                codes.put("quad:" + code, new Code(code, normaliseLabel(f[1]), null));
                continue;
            }
            if (codes.containsKey(code)) {
                throw new IOException(tsv + ":" + (i + 1) + ": duplicate code " + code);
            }
            codes.put(code, new Code(code, normaliseLabel(f[1]), code.length() == 2 ? quad : null));
        }
        for (Code c : codes.values()) {
            if (c.code().length() > 2 && !codes.containsKey(c.parent())) {
                throw new IOException(tsv + ": code " + c.code() + " has no parent " + c.parent());
            }
        }
        return codes;
    }

    public static void compile(Path tsv, Path out) throws IOException {
        Files.writeString(out, render(read(tsv)), StandardCharsets.UTF_8);
    }

    static String render(Map<String, Code> all) {
        List<Code> quads = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (Map.Entry<String, Code> e : all.entrySet()) {
            (e.getKey().startsWith("quad:") ? quads : codes).add(e.getValue());
        }
        StringBuilder b = new StringBuilder();
        b.append("""
                # GENERATED by org.diplograph.registry.CameoCompiler from
                # shared/reference/petrarch/CAMEO.eventcodes.clean.tsv -- do not edit by hand.
                #
                # CAMEO event codes: PETRARCH2 dictionaries (openeventdata/petrarch2, data/dictionaries/),
                # Copyright (c) 2014 Open Event Data, MIT licence (shared/reference/petrarch/LICENSE_petrarch2_MIT.txt).
                # Labels: whitespace collapsed, all-caps root labels in sentence case, two typos fixed
                # ("matyerial", "radiologicalweapons").
                #
                # CAMEO -> PLOVER: the Open Event Data Alliance's conversion table CAMEO2PLOVER-2021.txt
                # (https://github.com/openeventdata/PLOVER/blob/master/CAMEO2PLOVER-2021.txt, PLOVER manual
                # draft 0.8, 17 September 2021), code by code, not root-level: YIELD (08) splits into CONCEDE
                # (080-083) and RETREAT (084-087, 0813, 0814); 09 INVESTIGATE and 11 DISAPPROVE are ACCUSE;
                # 163 (sanctions, embargo) is COERCE; 1712 and 175 are ASSAULT; 191 and 192 are COERCE;
                # 19 and 20 are ASSAULT. That table's DEMAND (CAMEO 10) is named REQUEST here, as in the
                # released 16-category PLOVER of the POLECAT data set (category names and quad classes as in
                # tamirlibel/rpolecat R/classify.R). PLOVER drops CAMEO 01 and 02; our mappings for them
                # (and for the root 08, which the table splits) carry a skos:editorialNote.
                # PLOVER definitions are our own one-line summaries, not text from the PLOVER manual.

                @prefix cameo:   <https://w3id.org/diplograph/cameo/> .
                @prefix quad:    <https://w3id.org/diplograph/cameo/quad/> .
                @prefix plover:  <https://w3id.org/diplograph/plover/> .
                @prefix dg:      <https://w3id.org/diplograph/ontology#> .
                @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
                @prefix owl:     <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .

                dg:ploverCategory a owl:ObjectProperty ;
                    rdfs:label "PLOVER category"@en ;
                    rdfs:comment "The PLOVER event category of a CAMEO event code (or of an event)."@en ;
                    rdfs:range skos:Concept .

                dg:quadClass a owl:ObjectProperty ;
                    rdfs:label "quad class"@en ;
                    rdfs:comment "The quad class (verbal or material cooperation or conflict) of a CAMEO root code or PLOVER category."@en ;
                    rdfs:range skos:Concept .

                cameo: a skos:ConceptScheme ;
                    skos:prefLabel "CAMEO event codes"@en ;
                    dcterms:description "Conflict and Mediation Event Observations (CAMEO) event codes, the taxonomy used by GDELT and ICEWS, as distributed with the PETRARCH2 event coder."@en ;
                    dcterms:source <https://github.com/openeventdata/petrarch2> ;
                    dcterms:license <https://opensource.org/licenses/MIT> ;
                    dcterms:rights "CAMEO event code list from PETRARCH2, Copyright (c) 2014 Open Event Data, MIT licence."@en""");
        for (Code c : codes) {
            if (c.root()) {
                b.append(" ;\n    skos:hasTopConcept cameo:").append(c.code());
            }
        }
        b.append(" .\n\n");

        b.append("""
                quad: a skos:ConceptScheme ;
                    skos:prefLabel "CAMEO quad classes"@en ;
                    dcterms:description "The four quad classes of CAMEO event codes (verbal and material cooperation and conflict)."@en ;
                    dcterms:source <https://github.com/openeventdata/petrarch2>""");
        for (Code q : quads) {
            b.append(" ;\n    skos:hasTopConcept quad:").append(q.code());
        }
        b.append(" .\n\n");
        for (Code q : quads) {
            b.append("quad:").append(q.code()).append(" a skos:Concept ;\n")
                    .append("    skos:notation \"").append(q.code()).append("\" ;\n")
                    .append("    skos:prefLabel ").append(literal(sentenceCase(q.label()))).append("@en ;\n")
                    .append("    skos:inScheme quad: ;\n")
                    .append("    skos:topConceptOf quad: .\n\n");
        }

        b.append("""
                plover: a skos:ConceptScheme ;
                    skos:prefLabel "PLOVER event categories"@en ;
                    dcterms:description "The 16 event categories of PLOVER (Political Language Ontology for Verifiable Event Records), the Open Event Data Alliance's successor to CAMEO, used by the POLECAT data set."@en ;
                    dcterms:source <https://github.com/openeventdata/PLOVER>""");
        for (String p : PLOVER.keySet()) {
            b.append(" ;\n    skos:hasTopConcept plover:").append(p);
        }
        b.append(" .\n\n");
        for (Map.Entry<String, String[]> p : PLOVER.entrySet()) {
            String[] v = p.getValue();
            b.append("plover:").append(p.getKey()).append(" a skos:Concept ;\n")
                    .append("    skos:notation \"").append(p.getKey()).append("\" ;\n")
                    .append("    skos:prefLabel ").append(literal(v[1])).append("@en ;\n")
                    .append("    skos:definition ").append(literal(v[2])).append("@en ;\n")
                    .append("    dg:quadClass quad:").append(v[0]).append(" ;\n")
                    .append("    skos:inScheme plover: ;\n")
                    .append("    skos:topConceptOf plover: .\n\n");
        }

        for (Code c : codes) {
            String p = ploverCategory(c.code());
            b.append("cameo:").append(c.code()).append(" a skos:Concept ;\n")
                    .append("    skos:notation \"").append(c.code()).append("\" ;\n")
                    .append("    skos:prefLabel ").append(literal(c.label())).append("@en ;\n")
                    .append("    skos:inScheme cameo: ;\n");
            if (c.root()) {
                b.append("    skos:topConceptOf cameo: ;\n");
                if (c.quad() != null) {
                    b.append("    dg:quadClass quad:").append(c.quad()).append(" ;\n");
                }
            } else {
                b.append("    skos:broader cameo:").append(c.parent()).append(" ;\n");
            }
            if (projectMapping(c.code())) {
                b.append("    skos:editorialNote ").append(literal(c.code().equals("08")
                        ? "PLOVER splits CAMEO 08 into CONCEDE (080-083) and RETREAT (084-087); the root follows 080."
                        : "PLOVER has no equivalent of CAMEO " + c.code().substring(0, 2)
                                + "; this PLOVER category is the project's choice.")).append("@en ;\n");
            }
            b.append("    dg:ploverCategory plover:").append(p).append(" .\n\n");
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String sentenceCase(String s) {
        return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static void main(String[] args) throws IOException {
        Path tsv = Path.of(args.length > 0 ? args[0] : "../shared/reference/petrarch/CAMEO.eventcodes.clean.tsv");
        Path out = Path.of(args.length > 1 ? args[1] : "ontology/cameo.ttl");
        compile(tsv, out);
        System.err.println("wrote " + out);
    }
}
