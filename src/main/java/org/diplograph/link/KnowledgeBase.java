package org.diplograph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The entities the linker may choose from, indexed by the normalised forms of their labels and aliases. The
 * bundled one ({@code ontology/kb/kb.tsv.gz}, see {@code ontology/NOTICE.md}) is read once, on first use.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.bundled();
 * List<KnowledgeBase.Match> seattle = kb.lookup("Seattle");
 * }</pre>
 */
public final class KnowledgeBase {

    static final String RESOURCE = "ontology/kb/kb.tsv.gz";

    /** A name found in the index: the entry, and whether the name is its label (else one of its aliases). */
    public record Match(KbEntry entry, boolean byLabel) {
    }

    private static volatile KnowledgeBase bundled;

    private final Map<String, KbEntry> byId = new LinkedHashMap<>();
    private final Map<String, List<Match>> byName = new HashMap<>();

    public KnowledgeBase(Collection<KbEntry> entries) {
        this(entries, bundledLegalForms());
    }

    /**
     * With the legal forms an organisation's name may end in ("Inc", "AG", normalised): such a name is also found
     * without it, as the name itself (a label's short form counts as the label).
     */
    public KnowledgeBase(Collection<KbEntry> entries, Set<String> legalForms) {
        for (KbEntry e : entries) {
            byId.put(e.id(), e);
            add(e.label(), new Match(e, true));
            for (String a : e.aliases()) {
                add(a, new Match(e, false));
            }
            if (e.kind() == KbEntry.Kind.ORGANIZATION) {
                String shortLabel = withoutLegalForm(e.label(), legalForms);
                if (shortLabel != null) {
                    add(shortLabel, new Match(e, true));
                }
                for (String a : e.aliases()) {
                    String shortAlias = withoutLegalForm(a, legalForms);
                    if (shortAlias != null) {
                        add(shortAlias, new Match(e, false));
                    }
                }
            }
        }
    }

    /** "Zentrova Motors Inc." → "zentrova motors" (normalised); null when the name ends in no legal form. */
    static String withoutLegalForm(String name, Set<String> legalForms) {
        String n = normalize(name);
        int cut = n.lastIndexOf(' ');
        if (cut <= 0 || !legalForms.contains(n.substring(cut + 1))) {
            return null;
        }
        return n.substring(0, cut);
    }

    private static volatile Set<String> legalForms;

    static Set<String> bundledLegalForms() {
        Set<String> s = legalForms;
        if (s == null) {
            Set<String> out = new HashSet<>();
            for (String w : org.diplograph.vocab.DataFiles.words(LEGAL_FORMS)) {
                out.add(normalize(w));
            }
            legalForms = s = Set.copyOf(out);
        }
        return s;
    }

    static final String LEGAL_FORMS = "lang/en/link-legal-forms.txt";

    private void add(String name, Match m) {
        String key = normalize(name);
        if (key.isEmpty()) {
            return;
        }
        List<Match> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).entry() == m.entry()) {
                if (m.byLabel() && !list.get(i).byLabel()) {
                    list.set(i, m);
                }
                return;
            }
        }
        list.add(m);
    }

    /** The knowledge base shipped in the jar, loaded on first call; empty when the jar has none. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) {
                    bundled = load();
                }
                kb = bundled;
            }
        }
        return kb;
    }

    private static KnowledgeBase load() {
        try (InputStream raw = KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return new KnowledgeBase(List.of());
            }
            return read(new GZIPInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tab-separated format {@code build-kb.py} writes (its docstring lists the columns). */
    static KnowledgeBase read(InputStream in) throws IOException {
        List<KbEntry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 10) {
                throw new IOException("knowledge base line with " + c.length + " columns: " + line);
            }
            KbEntry.Kind kind = KbEntry.Kind.valueOf(c[1].toUpperCase(Locale.ROOT));
            entries.add(new KbEntry(c[0].intern(), kind, blank(c[2]), blank(c[3]), c[4],
                    c[5].isEmpty() ? List.of() : List.of(c[5].split("\\|")), blank(c[6]), blank(c[7]),
                    Double.parseDouble(c[8]), offices(c[9])));
        }
        return new KnowledgeBase(entries);
    }

    private static List<KbEntry.Office> offices(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<KbEntry.Office> out = new ArrayList<>();
        for (String t : s.split(";")) {
            String[] p = t.split("@", -1);
            out.add(new KbEntry.Office(p[0], date(p.length > 1 ? p[1] : ""), date(p.length > 2 ? p[2] : "")));
        }
        return out;
    }

    /**
     * "2015-11-30", or null for anything else. By hand: the knowledge base's ~40,000 term dates went through a regex
     * and the ISO formatter, a tenth of its load before a process's first article.
     */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s.intern();
    }

    /**
     * "Île-de-France" and "Ile de France", "J.D. Vance" and "JD Vance" compare equal: marks dropped after canonical
     * decomposition, lower case, stops and apostrophes dropped, every run of what is neither a letter nor a digit one
     * space, none at either end. By hand, not by regular expressions: the knowledge base normalises the ~150,000 names
     * of its entries before a process's first article (the tests hold it to the patterns' reading).
     */
    public static String normalize(String name) {
        String ascii = normalizeAscii(name);
        if (ascii != null) {
            return ascii;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder unmarked = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(unmarked::appendCodePoint);
        String lower = unmarked.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean separator = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == '.' || c == '\'' || c == '’' || c == '`') {
                continue;
            }
            if (Character.isLetter(c) || isNumber(c)) {
                if (separator && out.length() > 0) {
                    out.append(' ');
                }
                separator = false;
                out.appendCodePoint(c);
            } else {
                separator = true;
            }
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@link #normalize} of a name in ASCII, or null for any other name: no decomposition, no marks to drop. */
    static String normalizeAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean separator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == '.' || c == '\'' || c == '`') {
                continue; // dropped before the separators are read
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (separator && out.length() > 0) {
                    out.append(' ');
                }
                separator = false;
                out.append(c);
            } else {
                separator = true; // a run of them is one space, none at either end
            }
        }
        return out.toString();
    }

    /** Entries whose label or an alias is this name, in file order. */
    public List<Match> lookup(String name) {
        return byName.getOrDefault(normalize(name), List.of());
    }

    public KbEntry get(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    public Collection<KbEntry> entries() {
        return byId.values();
    }
}
