package org.diplograph.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maintainers: organisations from PETRARCH's international and non-state actor dictionaries (MIT): companies
 * ({@code [MNC…]}), NGOs ({@code [NGO…]}), intergovernmental bodies ({@code [IGO…]}) and armed or militant groups
 * ({@code [..REB]}, {@code [IMG…]}), as {@code ontology/organizations.tsv}: name, then the actor code. A name is kept
 * when
 * <ul>
 *   <li>its entry has undated codes only (a dated code marks a person holding a post);</li>
 *   <li>it names no office ("Secretary General", "spokesman"); several words need an organisation word
 *       ({@link #HEADS}); a single word ("Boeing", "FARC") must occur in the news corpus, since PETRARCH's upper case
 *       cannot tell an acronym from a word;</li>
 *   <li>it is listed with one code only and is not a name the registry already knows, or a given name; without an
 *       organisation word it does not start with a given name or another known name ("Nicholas Costello");</li>
 *   <li>it is not a common word: in the news corpus, when it occurs, it is written capitalised.</li>
 * </ul>
 */
public final class OrgListCompiler {

    private static final Set<String> OFFICE_WORDS = Set.of("SECRETARY", "PRESIDENT", "CHIEF", "MINISTER",
            "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "LEADER", "LEADERS", "HEAD",
            "DIRECTOR", "CHAIRMAN", "CHAIRWOMAN", "CEO", "ENVOY", "AMBASSADOR", "COMMANDER", "MEMBER", "MEMBERS",
            "DELEGATE", "DELEGATION", "REPRESENTATIVE", "GENERAL", "PERSONNEL", "STAFF", "WORKERS", "EMPLOYEES");

    /**
     * Words that make a several-word name an organisation's. The militant lists also hold individuals ("Abu Sayyaf"
     * is a group, "Abu Ayyub al-Masri" a man) and groups named after dates ("17 November"); without such a word a
     * several-word name could be either, so it is left to the name finder.
     */
    private static final Set<String> HEADS = Set.of("COMPANY", "CO", "CORPORATION", "CORP", "INC", "LTD", "LIMITED",
            "PLC", "AG", "SA", "NV", "GROUP", "HOLDINGS", "INDUSTRIES", "LABORATORIES", "SYSTEMS", "TECHNOLOGIES",
            "AIRLINES", "AIRWAYS", "MOTORS", "ENERGY", "PETROLEUM", "OIL", "GAS", "BANK", "BANCORP", "FUND", "TRUST",
            "INSURANCE", "PHARMACEUTICALS", "COMMUNICATIONS", "TELECOM", "INTERNATIONAL", "WORLDWIDE", "PARTNERS",
            "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS", "MOVEMENT", "FRONT", "ARMY", "MILITIA", "FORCES",
            "FORCE", "ORGANIZATION", "ORGANISATION", "PARTY", "COUNCIL", "ASSOCIATION", "UNION", "LEAGUE",
            "COMMITTEE", "COMMISSION", "INSTITUTE", "FOUNDATION", "AGENCY", "NETWORK", "SOCIETY", "FEDERATION",
            "ALLIANCE", "COALITION", "CENTER", "CENTRE", "WATCH", "PROGRAMME", "PROGRAM", "CROSS",
            "CRESCENT", "UNIVERSITY", "COLLEGE", "CHURCH", "BOARD", "OFFICE", "BUREAU", "COURT", "GUARD", "GUARDS",
            "CELLS", "NUCLEI", "FACTION", "GROUPS", "MUJAHIDEEN", "JIHAD", "TALIBAN", "SECURITIES", "CAPITAL",
            "RESOURCES", "MINING", "STEEL", "CHEMICALS", "ELECTRIC", "FOODS", "STORES", "MEDIA", "NEWS", "PRESS");

    /**
     * Single words the lists hold that in news are mostly something else: an adjective, a common noun, a resolution,
     * a man filed under his group (checked by hand on the compiled list).
     */
    private static final Set<String> NOT_ORGANISATIONS = Set.of("CATHOLIC", "TIGERS", "FALCON", "RIM", "NGO",
            "UNSCR", "NASRALLAH", "ZAWAHIRI");

    private OrgListCompiler() {
    }

    /** Whether a code is an organisation's: company, NGO, intergovernmental, rebel or militant group. */
    static boolean organisationCode(String code) {
        return listedBody(code) || armedGroup(code);
    }

    /** Companies, NGOs and intergovernmental bodies: their lists hold no individuals without dates. */
    private static boolean listedBody(String code) {
        return code.startsWith("MNC") || code.startsWith("NGO") || code.startsWith("IGO");
    }

    /** Militant and rebel groups ("[PSEREBHMS]", "[IMGMUSHAM]"), filed together with some of their men. */
    private static boolean armedGroup(String code) {
        return code.startsWith("IMG") || code.length() >= 6 && Set.of("REB", "INS", "SEP", "UAF")
                .contains(code.substring(3, 6));
    }

    /**
     * @param known  names the registry already has (any entity), given names included; compared case-blind
     * @param corpus news JSONL for casing and the common-word test, or null to skip both
     */
    public static int compile(List<Path> dictionaries, Set<String> known, Path corpus, Path out) throws IOException {
        Map<String, Set<String>> codesByName = new TreeMap<>();
        for (Path dictionary : dictionaries) {
            read(dictionary, codesByName);
        }
        Set<String> knownLower = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (String k : known) {
            knownLower.add(k.toLowerCase(Locale.ROOT));
            String[] words = k.split(" ");
            if (words.length > 1) {
                surnames.add(words[words.length - 1].toUpperCase(Locale.ROOT));
            }
        }
        NewsCasing casing = corpus == null ? null : NewsCasing.read(corpus, codesByName.keySet(), true);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : codesByName.entrySet()) {
            String upper = e.getKey();
            if (e.getValue().size() != 1 || !plausible(upper, armedGroup(e.getValue().iterator().next()))) {
                continue;
            }
            String title = PlaceListCompiler.titleCase(upper);
            String firstWord = title.split(" ")[0].toLowerCase(Locale.ROOT);
            boolean personLike = upper.contains(" ") && !hasHead(upper) && knownLower.contains(firstWord);
            if (knownLower.contains(title.toLowerCase(Locale.ROOT)) || NOT_ORGANISATIONS.contains(upper.replace(".", ""))
                    || surnames.contains(upper) || personLike) {
                continue; // "Nasrallah" and "Zawahiri" are filed under their groups, but name the men
            }
            boolean oneWord = !upper.contains(" ");
            String name = title;
            if (casing != null) {
                // A single word ("Boeing", "FARC", but also "PCA") is kept when the news uses it as a name; a
                // company's of five letters or more also when the news never uses it at all: "Ryanair" is no English
                // word, and an English word is in 1.3 million words of news. (Unseen acronyms of other bodies are not
                // kept: their spelling, "AIESEC" or "Aiesec", cannot be known.)
                boolean unseenCompany = e.getValue().iterator().next().startsWith("MNC") && upper.length() >= 5
                        && !casing.seen(upper);
                if (casing.mostlyLowercase(upper) || oneWord && casing.preferred(upper).isEmpty() && !unseenCompany) {
                    continue;
                }
                name = casing.preferred(upper).orElse(title);
            } else if (oneWord && upper.length() < 5) {
                continue;
            }
            lines.add(name + "\t" + e.getValue().iterator().next());
        }
        lines.sort(String::compareTo);
        Files.write(out, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return lines.size();
    }

    /** Entries (primary name and "+" synonyms) whose every code is an undated organisation code. */
    private static void read(Path dictionary, Map<String, Set<String>> codesByName) throws IOException {
        for (PetrarchDictionary.Entry e : PetrarchDictionary.read(dictionary)) {
            List<String> names = new ArrayList<>();
            names.add(PetrarchDictionary.clean(e.primary()));
            e.synonyms().forEach(n -> names.add(PetrarchDictionary.clean(n)));
            Set<String> codes = new TreeSet<>();
            boolean dated = false;
            for (PetrarchDictionary.Code c : concat(e.codes(), e.synonymCodes())) {
                codes.add(c.code());
                dated |= c.dated();
            }
            keep(names, codes, dated, codesByName);
        }
    }

    private static List<PetrarchDictionary.Code> concat(List<PetrarchDictionary.Code> a,
                                                        List<PetrarchDictionary.Code> b) {
        List<PetrarchDictionary.Code> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void keep(List<String> names, Set<String> codes, boolean dated,
                             Map<String, Set<String>> codesByName) {
        if (names.isEmpty() || codes.isEmpty() || dated || !codes.stream().allMatch(OrgListCompiler::organisationCode)) {
            return;
        }
        for (String n : names) {
            if (!n.isEmpty()) {
                codesByName.computeIfAbsent(n, k -> new TreeSet<>()).addAll(codes);
            }
        }
    }

    private static boolean hasHead(String upper) {
        for (String w : upper.split("[ -]")) {
            if (HEADS.contains(w.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /** @param needsHead several words must include an organisation word (lists that also hold individuals) */
    static boolean plausible(String upper, boolean needsHead) {
        if (upper.length() < 3 || upper.startsWith("THE ") || upper.contains("(") || upper.contains("/")
                || upper.contains(",") || upper.split(" ").length > 8 || !upper.matches("[A-Z0-9][A-Z0-9 .&'-]*")) {
            return false;
        }
        for (String w : upper.split("[ -]")) {
            if (OFFICE_WORDS.contains(w)) {
                return false;
            }
        }
        return hasHead(upper) || !upper.contains(" ") && !Character.isDigit(upper.charAt(0))
                || !needsHead && !Character.isDigit(upper.charAt(0));
    }
}
