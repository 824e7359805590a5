package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgListCompilerTest {

    @TempDir
    Path tmp;

    @Test
    void keepsCompaniesNgosAndGroupsButNotPeopleOfficesOrDates() throws Exception {
        Path international = tmp.resolve("international.txt");
        Files.writeString(international, """
                # companies and NGOs
                ZENDA_AEROSPACE_CORP_	[MNCRUR]
                STRELSAU_MOTORS	[MNCRUR]
                RUPERT_HENTZAU_	[MNCRUR]
                KOFI_ANNAN_
                +K._ANNAN_
                	[IGOUNO 970101-061231]
                UN_SECRETARY_GENERAL_OF_RURITANIA	[IGOUNO]
                FLAVIA	[NGORUR]
                RASSENDYLL	[MNCRUR]
                """, StandardCharsets.UTF_8);
        Path armed = tmp.resolve("armed.txt");
        Files.writeString(armed, """
                BLACK_ELPHBERG_BRIGADES_ [RURREB]
                17_NOVEMBER [GRCREB]
                MICHAEL_ELPHBERG [RURREB]
                OPERETTA_FRONT [RURREBOPF]
                """, StandardCharsets.UTF_8);
        Path corpus = tmp.resolve("news.jsonl");
        Files.writeString(corpus, """
                {"id": "1", "text": "Rassendyll shares rose. She met a flavia seller; flavia is a fruit, Flavia said."}
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("organizations.tsv");

        OrgListCompiler.compile(List.of(international, armed), Set.of("Rupert", "Michael"), corpus, out);

        // Rupert Hentzau and Michael Elphberg start with given names and have no organisation word; Kofi Annan has
        // dated codes; the secretary general is an office; 17 November a date; Flavia mostly lower case in the news
        assertEquals(List.of("Black Elphberg Brigades\tRURREB", "Operetta Front\tRURREBOPF", "Rassendyll\tMNCRUR",
                "Strelsau Motors\tMNCRUR", "Zenda Aerospace Corp\tMNCRUR"), Files.readAllLines(out));
    }
}
