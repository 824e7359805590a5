package org.diplograph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first half of linking: every knowledge-base entry a name may stand for. A name reaches an entry by its label
 * or an alias, without a leading "the", by turning a head noun around ("defence ministry" → "ministry of defence",
 * heads in {@code lang/en/link-inversion-heads.txt}) or, for a name written in capitals, as the acronym of an
 * organisation's label. Which of them is meant is the {@link EntityLinker}'s choice.
 */
public final class CandidateGenerator {

    private static final String HEADS = "lang/en/link-inversion-heads.txt";
    /** Words an acronym leaves out ("Ministry of Defence" → MOD keeps "of"; "Bank for ..." drops nothing else). */
    private static final Set<String> ACRONYM_SKIPS = Set.of("the", "and", "for", "&");

    private final KnowledgeBase kb;
    private final Set<String> heads;
    private volatile Map<String, List<KbEntry>> acronyms;

    public CandidateGenerator(KnowledgeBase kb) {
        this(kb, bundledHeads());
    }

    public CandidateGenerator(KnowledgeBase kb, Set<String> heads) {
        this.kb = kb;
        this.heads = Set.copyOf(heads);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public List<Candidate> candidates(String name) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        String n = name.strip();
        add(out, kb.lookup(n), null);
        String bare = n.replaceFirst("(?i)^the\\s+", "");
        if (!bare.equals(n)) {
            add(out, kb.lookup(bare), null);
        }
        String inverted = invert(bare);
        if (inverted != null) {
            add(out, kb.lookup(inverted), "inverted");
        }
        if (bare.matches("\\p{Lu}{2,6}")) {
            for (KbEntry e : acronymIndex().getOrDefault(bare, List.of())) {
                out.putIfAbsent(e.id(), new Candidate(e, "acronym"));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Candidate> out, List<KnowledgeBase.Match> matches, String how) {
        for (KnowledgeBase.Match m : matches) {
            String h = how != null ? how : m.byLabel() ? "label" : "alias";
            Candidate had = out.get(m.entry().id());
            if (had == null || (h.equals("label") && !had.byLabel())) {
                out.put(m.entry().id(), new Candidate(m.entry(), h));
            }
        }
    }

    /**
     * "Defence Ministry" → "Ministry of Defence", and back: "Ministry of Defence" → "Defence Ministry"; null when the
     * name has no listed head at either end.
     */
    String invert(String name) {
        String[] w = name.split("\\s+");
        if (w.length < 2) {
            return null;
        }
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        if (heads.contains(last)) {
            return w[w.length - 1] + " of " + String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
        }
        if (w.length >= 3 && heads.contains(w[0].toLowerCase(Locale.ROOT)) && w[1].equalsIgnoreCase("of")) {
            return String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length)) + " " + w[0];
        }
        return null;
    }

    /**
     * Whether a label's initials are a name it goes by: three words or more, each a capitalised word ("Northland
     * Audit Office"), not a brand of two ("Acme Autocentres" is no "AA") or one with capitals inside ("INNSiDE by …").
     */
    static boolean spellsAnAcronym(String label) {
        int words = 0;
        for (String w : label.split("[\\s-]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || ACRONYM_SKIPS.contains(lower) || lower.equals("of")) {
                continue;
            }
            if (!w.matches("\\p{Lu}\\p{Ll}+")) {
                return false;
            }
            words++;
        }
        return words >= 3;
    }

    /** "Government Accountability Office" → GAO: the initials of its words, small words left out. */
    static String acronymOf(String label) {
        StringBuilder sb = new StringBuilder();
        for (String w : label.split("[\\s-]+")) {
            if (w.isEmpty() || ACRONYM_SKIPS.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("of")) {
                continue;
            }
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    private Map<String, List<KbEntry>> acronymIndex() {
        Map<String, List<KbEntry>> m = acronyms;
        if (m == null) {
            Map<String, List<KbEntry>> built = new HashMap<>();
            for (KbEntry e : kb.entries()) {
                if (e.kind().isOrganisation() && spellsAnAcronym(e.label())) {
                    built.computeIfAbsent(acronymOf(e.label()), k -> new ArrayList<>()).add(e);
                }
            }
            acronyms = m = built;
        }
        return m;
    }

    static Set<String> bundledHeads() {
        try (InputStream in = CandidateGenerator.class.getClassLoader().getResourceAsStream(HEADS)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> out = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
