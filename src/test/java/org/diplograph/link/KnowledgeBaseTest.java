package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    static KnowledgeBase read(String tsv) throws Exception {
        return KnowledgeBase.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheBuildScriptsColumnsAndFindsLabelsAndAliases() throws Exception {
        KnowledgeBase kb = read("#id\tkind\tqid\tgeonames\tlabel\taliases\tcountry\twithin\tprior\toffices\tsource\n"
                + "gn:1\tcity\t\t1\tNorthport\tNorth Port|Nordhafen\tXAA\tgn:9\t5.2\t\ttest\n"
                + "Q7\tperson\tQ7\t\tJ.D. Ample\t\tXAA\t\t1\tsen@2001-01-03@2007-01-03\ttest\n");
        assertEquals(2, kb.size());
        assertTrue(kb.lookup("northport").get(0).byLabel());
        assertFalse(kb.lookup("Nordhafen").get(0).byLabel());
        assertEquals("gn:1", kb.lookup("North-Port").get(0).entry().id());
        KbEntry p = kb.lookup("JD Ample").get(0).entry();
        assertTrue(p.holdsOfficeOn(LocalDate.of(2003, 5, 1)));
        assertFalse(p.holdsOfficeOn(LocalDate.of(2010, 5, 1)));
    }

    @Test
    void anOrganisationIsFoundWithoutTheLegalFormItsNameEndsIn() {
        KnowledgeBase kb = new KnowledgeBase(List.of(
                new KbEntry("Q70", KbEntry.Kind.ORGANIZATION, "Q70", null, "Zentrova Motors Inc.",
                        List.of("Zentrova Motor Company"), null, null, 0, List.of()),
                new KbEntry("Q71", KbEntry.Kind.ORGANIZATION, "Q71", null, "Brellin Group", List.of(), null, null, 0,
                        List.of()),
                new KbEntry("gn:5", KbEntry.Kind.CITY, null, "5", "Port Co", List.of(), null, null, 0, List.of())),
                java.util.Set.of("inc", "company", "co"));
        assertTrue(kb.lookup("Zentrova Motors").get(0).byLabel());
        assertEquals("Q70", kb.lookup("Zentrova Motor").get(0).entry().id());
        assertFalse(kb.lookup("Zentrova Motor").get(0).byLabel());
        assertTrue(kb.lookup("Brellin").isEmpty(), "a group is not its company");
        assertTrue(kb.lookup("Port").isEmpty(), "only organisations lose a legal form");
    }

    @Test
    void normalisingDropsAccentsCaseAndPunctuation() {
        assertEquals("ile de france", KnowledgeBase.normalize("Île-de-France"));
        assertEquals("jd vance", KnowledgeBase.normalize("J.D. Vance"));
    }

    @Test
    void theBundledKnowledgeBaseLoadsAndHasEveryKindItWasBuiltWith() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertTrue(kb.size() > 30_000, "entries: " + kb.size());
        assertTrue(kb.entries().stream().anyMatch(e -> e.kind() == KbEntry.Kind.REGION && e.qid() != null));
        assertTrue(kb.entries().stream().anyMatch(e -> e.kind() == KbEntry.Kind.PERSON && !e.offices().isEmpty()));
    }

    @Test
    void theAsciiWayNormalisesAsThePatternsDo() throws Exception {
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.append(random.nextInt(3) == 0 ? " .'`-,A1zZ(".charAt(random.nextInt(11))
                        : (char) random.nextInt(128));
            }
            String s = name.toString();
            assertEquals(byPatterns(s), KnowledgeBase.normalizeAscii(s), s);
        }
        assertEquals(null, KnowledgeBase.normalizeAscii("Île-de-France"));
        assertEquals("ile de france", KnowledgeBase.normalize("Île-de-France"));
        assertEquals("jd vance", KnowledgeBase.normalize(" J.D. Vance! "));
        try (var in = new java.util.zip.GZIPInputStream(
                KnowledgeBase.class.getClassLoader().getResourceAsStream(KnowledgeBase.RESOURCE));
             var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                for (String name : line.split("[\t|]")) {
                    assertEquals(byPatterns(name), KnowledgeBase.normalize(name), name);
                }
            }
        }
    }

    @Test
    void otherScriptsAndMarksNormaliseAsThePatternsDo() {
        java.util.Random random = new java.util.Random(5);
        int[] pool = " .'’`-,A1zZ(éÉçÇİıßØøÆæŁłĲŉǅⅫ²٣ЖжΩω中文̧́ⅷ\uD835\uDC00".codePoints().toArray();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.appendCodePoint(pool[random.nextInt(pool.length)]); // whole characters: text has no lone halves
            }
            String s = name.toString();
            assertEquals(byPatterns(s), KnowledgeBase.normalize(s), s);
        }
    }

    /** What {@link KnowledgeBase#normalize} must give, as regular expressions say it. */
    private static String byPatterns(String name) {
        String s = java.util.regex.Pattern.compile("\\p{M}+")
                .matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        s = java.util.regex.Pattern.compile("[.'’`]").matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s).replaceAll(" ").strip();
    }
}
