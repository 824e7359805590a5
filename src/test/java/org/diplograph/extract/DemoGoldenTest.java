package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * Golden file: the entities (key and mention type) found in each bundled demo article, reviewed by
 * hand against the texts. A change in extraction shows up as a sorted line diff.
 */
class DemoGoldenTest {

    @Test
    void demoArticlesYieldTheReviewedEntities() throws IOException {
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        EntityExtractor extractor = new EntityExtractor(Registry.bundled());
        TreeSet<String> actual = new TreeSet<>();
        for (String name : lines("demo/articles.list")) {
            String text = read("demo/" + name);
            Article article = new Article(name, null, text, null, null, null, name);
            for (Mention m : extractor.extract(annotator.annotate(new Cleaner().clean(article))).mentions()) {
                if (!m.rule().equals("pronoun") && !m.rule().equals("descriptor")) {
                    actual.add(name + "\t" + m.entityKey() + "\t" + m.type().nerLabel());
                }
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String line : lines("golden/demo-entities.tsv")) {
            if (!line.startsWith("#")) {
                expected.add(line);
            }
        }
        List<String> diff = new ArrayList<>();
        for (String e : expected) {
            if (!actual.contains(e)) {
                diff.add("- " + e);
            }
        }
        for (String a : actual) {
            if (!expected.contains(a)) {
                diff.add("+ " + a);
            }
        }
        assertEquals("", String.join("\n", diff), "extraction differs from golden/demo-entities.tsv");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DemoGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        return read(resource).lines().filter(l -> !l.isBlank()).toList();
    }
}
