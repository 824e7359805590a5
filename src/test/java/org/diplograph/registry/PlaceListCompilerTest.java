package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceListCompilerTest {

    @TempDir
    Path tmp;

    private static final String DICTIONARY = """
            # a comment
            RURITANIA_  [RUR]
            +RURITANIAN_
            +RURITTANIA_
            +REPUBLIC_OF_RURITANIA_
            +THE_LAND_OF_OPERETTA_
            +STRELSAU_
            +ZENDA_ # a castle town
            +MAZAR-I-ZENDA_
            +SHARED_VALLEY
            +ORANGE
            +RUDOLF
            BORDURIA_
            +SZOHOD_
            +SHARED_VALLEY
            	[BOR <20000101]
            	[BOROCC 20000101-20050101]
            RUDOLF_RASSENDYLL_  # CountryInfo.txt
            +RUDI_TOWN_
            	[RURGOV 950101-991231]
            """;

    @Test
    void keepsCitiesUnderOneStateAndDropsSpellingsTitlesAndCommonWords() throws Exception {
        Path dict = tmp.resolve("countries.txt");
        Files.writeString(dict, DICTIONARY, StandardCharsets.UTF_8);
        Path corpus = tmp.resolve("news.jsonl");
        Files.writeString(corpus, """
                {"id": "1", "text": "Troops left Mazar-i-Zenda. An orange truck and an orange flag; Orange juice."}
                """, StandardCharsets.UTF_8);
        List<Map<String, String>> states = List.of(
                Map.of("iso3", "RUR", "common_name", "Ruritania", "demonyms_adjectives", "Ruritanian"),
                Map.of("iso3", "BOR", "common_name", "Borduria", "demonyms_adjectives", "Bordurian"));
        Path out = tmp.resolve("places.tsv");

        int n = PlaceListCompiler.compile(dict, states, Set.of("Rudolf"), corpus, out);

        // Ruritttania: a misspelling; Republic of…: a state word; The Land…: a nickname; Shared Valley: two states;
        // Orange: mostly lower case in the news; Rudolf: a known name; Rudi Town: under a person, not the state
        assertEquals(List.of("Mazar-i-Zenda\tRUR", "Strelsau\tRUR", "Szohod\tBOR", "Zenda\tRUR"),
                Files.readAllLines(out));
        assertEquals(4, n);
    }

    @Test
    void titleCaseKeepsSmallWordsSmall() {
        assertEquals("Mazar-i-Sharif", PlaceListCompiler.titleCase("MAZAR-I-SHARIF"));
        assertEquals("Acapulco de Juarez", PlaceListCompiler.titleCase("ACAPULCO DE JUAREZ"));
        assertEquals("St. Louis", PlaceListCompiler.titleCase("ST. LOUIS"));
        assertEquals("Ad-Damazin", PlaceListCompiler.titleCase("AD-DAMAZIN"));
    }
}
