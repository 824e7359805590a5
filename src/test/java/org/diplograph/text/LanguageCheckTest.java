package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    @Test
    void englishParagraphPasses() {
        String text = "The foreign ministers of the two countries met in the capital on Tuesday and agreed to "
                + "resume talks on the disputed border. A spokesman said that the meeting had been constructive "
                + "and that both sides would send delegations to a further round of negotiations next month.";
        assertNull(LanguageCheck.reasonNotEnglish(text));
    }

    @Test
    void spanishParagraphIsRejectedAsSpanish() {
        String text = "Los ministros de asuntos exteriores de los dos países se reunieron el martes en la capital "
                + "y acordaron reanudar las conversaciones sobre la frontera. Un portavoz dijo que la reunión fue "
                + "constructiva y que las dos partes enviarán delegaciones a una nueva ronda de negociaciones.";
        String reason = LanguageCheck.reasonNotEnglish(text);
        assertNotNull(reason);
        assertTrue(reason.contains("Spanish"), reason);
    }

    @Test
    void frenchParagraphIsRejectedAsFrench() {
        String text = "Les ministres des affaires étrangères des deux pays se sont réunis mardi dans la capitale "
                + "et ont convenu de reprendre les discussions sur la frontière. Un porte-parole a déclaré que la "
                + "réunion était constructive et que les deux parties enverront des délégations pour un nouveau "
                + "cycle de négociations le mois prochain.";
        String reason = LanguageCheck.reasonNotEnglish(text);
        assertNotNull(reason);
        assertTrue(reason.contains("French"), reason);
    }

    @Test
    void germanParagraphIsRejectedAsGerman() {
        String text = "Die Außenminister der beiden Länder haben sich am Dienstag in der Hauptstadt getroffen und "
                + "vereinbart, die Gespräche über die umstrittene Grenze wieder aufzunehmen. Ein Sprecher sagte, "
                + "das Treffen sei konstruktiv gewesen, und beide Seiten wollen im nächsten Monat eine neue Runde "
                + "von Verhandlungen mit den Delegationen beginnen.";
        String reason = LanguageCheck.reasonNotEnglish(text);
        assertNotNull(reason);
        assertTrue(reason.contains("German"), reason);
    }

    @Test
    void englishCabinetListWithFewFunctionWordsPasses() {
        String text = "Prime Minister: Alice Marsh. Foreign Minister: Jane Doe. Defence Minister: John Roe. "
                + "Finance Minister: Peter Vale. Interior Minister: Sara Hill. Health Minister: Tom Reed. "
                + "Education Minister: Lucy Stone. Trade Minister: Mark Dale. Energy Minister: Ruth Lane. "
                + "Justice Minister: Paul Ford.";
        assertNull(LanguageCheck.reasonNotEnglish(text));
    }

    @Test
    void shortTextPassesBecauseItIsTooShortToJudge() {
        assertNull(LanguageCheck.reasonNotEnglish("Talks resume in Oslo."));
    }

    @Test
    void chineseTextIsRejectedForNonLatinScript() {
        String reason = LanguageCheck.reasonNotEnglish("两国外交部长周二在首都会晤，同意恢复边界谈判。");
        assertNotNull(reason);
        assertTrue(reason.contains("non-Latin"), reason);
    }

    @Test
    void russianTextIsRejectedForNonLatinScript() {
        String reason = LanguageCheck.reasonNotEnglish(
                "Министры иностранных дел двух стран встретились во вторник в столице и договорились возобновить переговоры.");
        assertNotNull(reason);
        assertTrue(reason.contains("non-Latin"), reason);
    }
}
