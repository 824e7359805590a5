package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

class Nlp4jTest {

    static Sentence sentence(String text) {
        AnnotatedText at = new OpenNlpAnnotator().annotate(new Cleaner().clean(new Article("t", null, text, null, null, null, "t.txt")));
        return at.sentences().get(0);
    }

    static int index(Parse p, String word) {
        for (int i = 0; i < p.size(); i++) {
            if (p.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + p);
    }

    @Test
    void subjectObjectAndPrepositionalPhrase() {
        Parse p = Nlp4j.shared().parse(sentence("The Ruritanian envoy met her Freedonian counterpart in Lisbon.")).orElseThrow();
        int met = index(p, "met");
        assertEquals(Parse.ROOT, p.head(met), p.toString());
        assertEquals("meet", p.lemma(met));
        assertEquals(met, p.head(index(p, "envoy")));
        assertEquals("nsubj", p.label(index(p, "envoy")));
        assertEquals("dobj", p.label(index(p, "counterpart")));
        int in = index(p, "in");
        assertEquals("pobj", p.label(index(p, "Lisbon")));
        assertEquals(in, p.head(index(p, "Lisbon")));
        assertTrue(p.dominates(met, index(p, "Lisbon")));
    }

    @Test
    void passiveAgent() {
        Parse p = Nlp4j.shared().parse(sentence("The courier was detained by border guards on Tuesday.")).orElseThrow();
        int detained = index(p, "detained");
        assertEquals("nsubjpass", p.label(index(p, "courier")), p.toString());
        assertEquals(detained, p.head(index(p, "by")));
        assertEquals("agent", p.label(index(p, "by")));
        assertEquals(List.of(index(p, "courier")), p.children(detained, "nsubjpass"));
    }

    /**
     * The models the first load prepares are kept in the model cache (the build's own, see the POM); a second load
     * reads them from there and must parse as the first did (the library sets state on reading that serialisation
     * does not keep).
     */
    @Test
    void aDecoderReadFromTheModelCacheParsesAsTheFirstLoadDid() {
        Nlp4j first = Nlp4j.shared();
        List<Sentence> sentences = List.of(
                sentence("The Ruritanian envoy met her Freedonian counterpart in Lisbon."),
                sentence("Freedonia's parliament rejected the treaty that the two ministers had signed in March."),
                sentence("\"We will not be intimidated,\" the Ruritanian foreign minister told reporters on Monday."));
        List<String> expected = new ArrayList<>();
        for (Sentence s : sentences) {
            expected.add(first.parse(s).orElseThrow().toString());
        }
        Nlp4j again = Nlp4j.over(Nlp4j.load(true));
        for (int k = 0; k < sentences.size(); k++) {
            assertEquals(expected.get(k), again.parse(sentences.get(k)).orElseThrow().toString());
            String[] words = words(sentences.get(k));
            assertEquals(List.of(first.names(words).tags()), List.of(again.names(words).tags()));
        }
    }

    static String[] words(Sentence s) {
        return s.tokens().stream().map(Token::text).toArray(String[]::new);
    }

    @Test
    void nameTagsMarkPeopleAndOrganisationsInBilou() {
        String[] words = words(sentence("Maria Lindqvist, the chief executive of the Northwind Shipping Company, flew to Oslo on Monday."));
        List<String> tags = List.of(Nlp4j.shared().names(words).tags());
        assertEquals(words.length, tags.size());
        assertEquals("B-PERSON", tags.get(0), tags.toString());
        assertEquals("L-PERSON", tags.get(1), tags.toString());
        assertTrue(tags.get(List.of(words).indexOf("Northwind")).endsWith("-ORG"), tags.toString());
        assertEquals("U-GPE", tags.get(List.of(words).indexOf("Oslo")), tags.toString());
        assertEquals("O", tags.get(List.of(words).indexOf("flew")), tags.toString());
    }

    @Test
    void aSentenceTheNameTaggerReadIsParsedAsAFreshOne() throws InterruptedException {
        Sentence s = sentence("The Freedonian delegation walked out of the talks in Geneva after the vote.");
        String[] fresh = new String[1];
        Thread other = new Thread(() -> fresh[0] = Nlp4j.shared().parse(s).orElseThrow().toString());
        other.start();
        other.join();
        Nlp4j.shared().names(words(s));
        assertEquals(fresh[0], Nlp4j.shared().parse(s).orElseThrow().toString());
    }

    @Test
    void overlongSentencesGetNoNameTags() {
        String[] words = new String[Nlp4j.MAX_TOKENS + 1];
        java.util.Arrays.fill(words, "Paris");
        assertTrue(List.of(Nlp4j.shared().names(words).tags()).stream().allMatch("O"::equals));
    }

    @Test
    void overlongSentencesAreNotParsed() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Nlp4j.MAX_TOKENS + 5; i++) {
            sb.append("word ");
        }
        assertTrue(Nlp4j.shared().parse(sentence(sb + "end.")).isEmpty());
    }

    @Test
    void parsesFromSeveralThreads() throws InterruptedException {
        Sentence s = sentence("Ministers from both countries signed a trade agreement in the capital on Friday.");
        String expected = Nlp4j.shared().parse(s).orElseThrow().toString();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    seen.add(Nlp4j.shared().parse(s).orElseThrow().toString());
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(80, seen.size());
        assertTrue(seen.stream().allMatch(expected::equals));
    }
}
