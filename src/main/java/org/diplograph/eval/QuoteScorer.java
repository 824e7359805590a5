package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations and their speakers against attribution gold in the PolNeAR shape (documents with text and
 * attributions of source, cue and content, offsets in code points). Scores exactly as the corpus's own score.py does,
 * so the figures printed here and the script's agree: a gold item is a quoted region of the text that an
 * attribution's content mostly covers; a found quote matches a region when their token sets share 60% of the
 * smaller; the speaker is judged where the gold source is a capitalised name.
 *
 * <p>Next to it, a corrected reading ({@link #scorePaired}): score.py's pattern pairs straight marks wrongly after a
 * quotation shorter than twelve characters (and then takes the narration between two quotations for a quotation),
 * and counts only the first of the quotations one attribution covers, so the second half of a quotation split by its
 * attribution counts against us. The paired reading pairs the marks within each paragraph, counts every quotation an
 * attribution covers (a split quotation is two, as realnews-dev counts it) and matches found quotations one to one.
 */
public final class QuoteScorer {

    /** A quoted stretch: curly or straight marks around twelve or more characters, shortest first, as score.py. */
    private static final Pattern REGION = Pattern.compile("[“\"]([^”\"]{12,}?)[”\"]");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9']+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
            "their", "its");
    private static final Set<String> TITLES = Set.of("the", "a", "an", "mr", "ms", "mrs");

    /** One gold direct quotation: the quoted region's text and who the attribution names as its source. */
    public record GoldQuote(String region, String source) {
    }

    /**
     * One document's text, for the error listing, and its gold direct quotations: as score.py reads them, and as the
     * paired reading does.
     */
    public record GoldDoc(String id, String title, String date, String text, List<GoldQuote> quotes,
                          List<GoldQuote> paired) {
        public GoldDoc {
            quotes = List.copyOf(quotes);
            paired = List.copyOf(paired);
        }
    }

    /** One quotation the graph holds: its text and its speaker's name (a row of queries/quotes.rq). */
    public record Found(String quote, String speaker) {
    }

    /** What went wrong with one item: a gold quote not found, found with another speaker, or a found one no gold has. */
    public enum Mistake { MISSED, WRONG_SPEAKER, SPURIOUS }

    public record Error(String doc, Mistake mistake, String goldQuote, String goldSource, String ourQuote,
                        String ourSpeaker) {
    }

    public record Report(int gold, int ours, int found, int ourCorrect, int judged, int attributed,
                         List<Error> errors) {
        public Report {
            errors = List.copyOf(errors);
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double precision() {
            return ours == 0 ? 0 : (double) ourCorrect / ours;
        }

        public double attribution() {
            return judged == 0 ? 0 : (double) attributed / judged;
        }

        /** The line score.py prints, so the two can be compared by eye. */
        public String line() {
            return String.format(Locale.ROOT,
                    "gold direct quotes %d, ours %d; recall %.3f, precision %.3f, attribution %.3f (%d/%d)",
                    gold, ours, recall(), precision(), attribution(), attributed, judged);
        }
    }

    private QuoteScorer() {
    }

    /**
     * The gold documents, one per id: a document annotated twice (PolNeAR has several annotators) counts with its
     * last annotation, as score.py keeps it.
     */
    public static List<GoldDoc> read(Path file) throws IOException {
        Map<String, GoldDoc> docs = new LinkedHashMap<>();
        Jsonl.read(file, d -> {
            GoldDoc doc = goldDoc(d);
            docs.put(doc.id(), doc);
        });
        return new ArrayList<>(docs.values());
    }

    static GoldDoc goldDoc(JsonNode d) {
        String text = d.get("text").asText();
        List<int[]> regions = regions(text);
        Map<String, GoldQuote> byRegion = new LinkedHashMap<>();
        for (JsonNode a : d.path("attributions")) {
            JsonNode c = a.path("content");
            if (c.isMissingNode() || c.isNull() || c.isEmpty()) {
                continue;
            }
            int cs = c.path("start").asInt();
            int ce = c.path("end").asInt();
            for (int[] r : regions) {
                int overlap = Math.min(ce, r[1]) - Math.max(cs, r[0]);
                if (overlap > 0 && (overlap > 0.5 * Math.max(1, ce - cs) || overlap > 0.5 * (r[1] - r[0]))) {
                    String region = text.substring(text.offsetByCodePoints(0, r[0]),
                            text.offsetByCodePoints(0, r[1]));
                    byRegion.putIfAbsent(region, new GoldQuote(region, a.path("source").path("text").asText("")));
                    break;
                }
            }
        }
        return new GoldDoc(d.get("doc_id").asText(), Jsonl.text(d, "title"), Jsonl.text(d, "date"), text,
                new ArrayList<>(byRegion.values()), pairedGold(d, text));
    }

    /**
     * Every paired region lying mostly inside an attribution's content, with the source of the narrowest such
     * attribution (PolNeAR nests them: "X said Y told him ...").
     */
    private static List<GoldQuote> pairedGold(JsonNode d, String text) {
        List<GoldQuote> out = new ArrayList<>();
        for (int[] r : pairedRegions(text)) {
            JsonNode best = null;
            int bestLength = Integer.MAX_VALUE;
            for (JsonNode a : d.path("attributions")) {
                JsonNode c = a.path("content");
                if (c.isMissingNode() || c.isNull() || c.isEmpty()) {
                    continue;
                }
                int cs = c.path("start").asInt();
                int ce = c.path("end").asInt();
                int overlap = Math.min(ce, r[1]) - Math.max(cs, r[0]);
                if (overlap > 0.5 * (r[1] - r[0]) && ce - cs < bestLength) {
                    best = a;
                    bestLength = ce - cs;
                }
            }
            String region = text.substring(text.offsetByCodePoints(0, r[0]), text.offsetByCodePoints(0, r[1]));
            if (best != null && !tokens(region).isEmpty()) {
                out.add(new GoldQuote(region, best.path("source").path("text").asText("")));
            }
        }
        return out;
    }

    /**
     * Quoted regions as [start, end) in code points, the marks paired within each paragraph: a curly mark says
     * whether it opens or closes, a straight one opens when none is open; a quotation still open at the end of its
     * paragraph ends there (the next paragraph reopens it with a mark of its own).
     */
    static List<int[]> pairedRegions(String text) {
        List<int[]> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int open = -1;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean paragraphStart = i == 0 || cps[i - 1] == '\n';
            if (c == '\n') {
                if (open >= 0 && i > open + 1) {
                    out.add(new int[] {open + 1, i});
                }
                open = -1;
            } else if (open < 0 && (c == '"' || c == '\u201C' || c == '\u201D' && paragraphStart)) {
                open = i; // a closing curly mark opening a paragraph is a typo for the opening one
            } else if (open >= 0 && (c == '"' || c == '\u201D')) {
                out.add(new int[] {open + 1, i});
                open = -1;
            }
        }
        if (open >= 0 && cps.length > open + 1) {
            out.add(new int[] {open + 1, cps.length});
        }
        return out;
    }

    /** Quoted regions as [start, end) in code points, the unit of the gold offsets. */
    static List<int[]> regions(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = REGION.matcher(text);
        while (m.find()) {
            out.add(new int[] {text.codePointCount(0, m.start(1)), text.codePointCount(0, m.end(1))});
        }
        return out;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean match(String a, String b) {
        Set<String> sa = new HashSet<>(tokens(a));
        Set<String> sb = new HashSet<>(tokens(b));
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        int small = Math.min(sa.size(), sb.size());
        sa.retainAll(sb);
        return sa.size() >= 0.6 * small;
    }

    /**
     * The paired reading: each gold region and each found quotation match at most once (the pairs sharing the most
     * tokens first), so one long quotation cannot stand for several gold ones. With {@code minWords} above one,
     * regions of fewer words (partial quotes and terms: realnews-dev does not list them) leave the gold, and a found
     * quotation that matches only such a region is neither right nor wrong.
     */
    public static Report scorePaired(List<GoldDoc> gold, Map<String, List<Found>> ours, int minWords) {
        int goldN = 0;
        int ourN = 0;
        int found = 0;
        int judged = 0;
        int attributed = 0;
        List<Error> errors = new ArrayList<>();
        for (GoldDoc doc : gold) {
            List<Found> mine = ours.getOrDefault(doc.id(), List.of());
            // the graph's text has straight apostrophes ("it's"); score.py's tokens split the curly ones ("it", "s")
            List<GoldQuote> golds = doc.paired().stream()
                    .map(g -> new GoldQuote(g.region().replace('\u2019', '\'').replace('\u2018', '\''), g.source()))
                    .toList();
            List<double[]> pairs = new ArrayList<>(); // jaccard, gold index, found index
            for (int g = 0; g < golds.size(); g++) {
                for (int f = 0; f < mine.size(); f++) {
                    if (match(mine.get(f).quote(), golds.get(g).region())) {
                        pairs.add(new double[] {jaccard(mine.get(f).quote(), golds.get(g).region()), g, f});
                    }
                }
            }
            pairs.sort((x, y) -> Double.compare(y[0], x[0]));
            int[] foundOf = new int[golds.size()];
            int[] goldOf = new int[mine.size()];
            java.util.Arrays.fill(foundOf, -1);
            java.util.Arrays.fill(goldOf, -1);
            for (double[] p : pairs) {
                int g = (int) p[1];
                int f = (int) p[2];
                if (foundOf[g] < 0 && goldOf[f] < 0) {
                    foundOf[g] = f;
                    goldOf[f] = g;
                }
            }
            for (int f = 0; f < mine.size(); f++) {
                Found q = mine.get(f);
                boolean onlyShort = goldOf[f] >= 0 ? tokens(golds.get(goldOf[f]).region()).size() < minWords
                        : golds.stream().anyMatch(g -> match(q.quote(), g.region()))
                                && golds.stream().noneMatch(g -> match(q.quote(), g.region())
                                        && tokens(g.region()).size() >= minWords);
                if (onlyShort) {
                    continue;
                }
                ourN++;
                if (goldOf[f] < 0) {
                    errors.add(new Error(doc.id(), Mistake.SPURIOUS, "", "", mine.get(f).quote(), mine.get(f).speaker()));
                }
            }
            for (int g = 0; g < golds.size(); g++) {
                GoldQuote q = golds.get(g);
                if (tokens(q.region()).size() < minWords) {
                    continue;
                }
                goldN++;
                if (foundOf[g] < 0) {
                    errors.add(new Error(doc.id(), Mistake.MISSED, q.region(), q.source(), "", ""));
                    continue;
                }
                found++;
                Found hit = mine.get(foundOf[g]);
                Set<String> source = judgedSource(q.source());
                if (source.isEmpty()) {
                    continue;
                }
                judged++;
                if (tokens(hit.speaker()).stream().anyMatch(source::contains)) {
                    attributed++;
                } else {
                    errors.add(new Error(doc.id(), Mistake.WRONG_SPEAKER, q.region(), q.source(), hit.quote(),
                            hit.speaker()));
                }
            }
        }
        // every found quotation that counts is matched to one gold region or is spurious
        int ourOk = ourN - (int) errors.stream().filter(e -> e.mistake() == Mistake.SPURIOUS).count();
        return new Report(goldN, ourN, found, ourOk, judged, attributed, errors);
    }

    private static double jaccard(String a, String b) {
        Set<String> sa = new HashSet<>(tokens(a));
        Set<String> sb = new HashSet<>(tokens(b));
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return union.isEmpty() ? 0 : (double) sa.size() / union.size();
    }

    /** The words of a gold source that name someone, or none when score.py would not judge it (no capitalised name). */
    private static Set<String> judgedSource(String source) {
        Set<String> words = new HashSet<>(tokens(source));
        words.removeAll(PRONOUNS);
        words.removeAll(TITLES);
        return words.isEmpty() || source.isEmpty() || !Character.isUpperCase(source.codePointAt(0)) ? Set.of() : words;
    }

    /** Scores the quotations found per document id against the gold documents. */
    public static Report score(List<GoldDoc> gold, Map<String, List<Found>> ours) {
        int goldN = 0;
        int ourN = 0;
        int found = 0;
        int ourOk = 0;
        int judged = 0;
        int attributed = 0;
        List<Error> errors = new ArrayList<>();
        for (GoldDoc doc : gold) {
            List<Found> mine = ours.getOrDefault(doc.id(), List.of());
            goldN += doc.quotes().size();
            ourN += mine.size();
            for (Found f : mine) {
                if (doc.quotes().stream().anyMatch(g -> match(f.quote(), g.region()))) {
                    ourOk++;
                } else {
                    errors.add(new Error(doc.id(), Mistake.SPURIOUS, "", "", f.quote(), f.speaker()));
                }
            }
            for (GoldQuote g : doc.quotes()) {
                List<Found> hits = mine.stream().filter(f -> match(f.quote(), g.region())).toList();
                if (hits.isEmpty()) {
                    errors.add(new Error(doc.id(), Mistake.MISSED, g.region(), g.source(), "", ""));
                    continue;
                }
                found++;
                Set<String> source = judgedSource(g.source());
                if (source.isEmpty()) {
                    continue;
                }
                judged++;
                if (hits.stream().anyMatch(f -> tokens(f.speaker()).stream().anyMatch(source::contains))) {
                    attributed++;
                } else {
                    errors.add(new Error(doc.id(), Mistake.WRONG_SPEAKER, g.region(), g.source(),
                            hits.get(0).quote(), hits.get(0).speaker()));
                }
            }
        }
        return new Report(goldN, ourN, found, ourOk, judged, attributed, errors);
    }
}
