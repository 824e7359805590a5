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

    /** One document's text, for the error listing, and its gold direct quotations. */
    public record GoldDoc(String id, String title, String date, String text, List<GoldQuote> quotes) {
        public GoldDoc {
            quotes = List.copyOf(quotes);
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
                new ArrayList<>(byRegion.values()));
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
                Set<String> source = new HashSet<>(tokens(g.source()));
                source.removeAll(PRONOUNS);
                source.removeAll(TITLES);
                if (source.isEmpty() || g.source().isEmpty() || !Character.isUpperCase(g.source().codePointAt(0))) {
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
