package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void allCapsPlaceWithFullDateGivesCityAndDate() {
        String text = "BEIJING, CHINA - SEPTEMBER 29, 2025 - In a move that surprised observers, the ministry announced talks.";
        Dateline d = Dateline.find(text, null).orElseThrow();
        assertEquals("Beijing", d.city());
        assertEquals("BEIJING, CHINA", d.place());
        assertEquals(LocalDate.of(2025, 9, 29), d.date());
    }

    @Test
    void datelineSpanCoversThePlaceDateAndDashes() {
        String text = "BEIJING, CHINA - SEPTEMBER 29, 2025 - In a move that surprised observers, the ministry announced talks.";
        Dateline d = Dateline.find(text, null).orElseThrow();
        assertEquals("BEIJING, CHINA - SEPTEMBER 29, 2025 - ", d.span().of(text));
    }

    @Test
    void agencyDatelineTakesTheYearFromThePublishedHint() {
        String text = "GENEVA, June 16 (Reuters) - Delegates from forty countries gathered for a second day of talks.";
        Dateline d = Dateline.find(text, LocalDate.of(2021, 6, 17)).orElseThrow();
        assertEquals("Geneva", d.city());
        assertEquals(LocalDate.of(2021, 6, 16), d.date());
    }

    @Test
    void agencyDatelineWithoutHintHasPlaceButNoDate() {
        String text = "GENEVA, June 16 (Reuters) - Delegates from forty countries gathered for a second day of talks.";
        Dateline d = Dateline.find(text, null).orElseThrow();
        assertEquals("Geneva", d.city());
        assertNull(d.date());
    }

    @Test
    void sentenceOpeningWithCapitalisedNameAndDashIsNotADateline() {
        String text = "Maria Lopez - the veteran negotiator - said the talks would continue into the night.";
        assertTrue(Dateline.find(text, LocalDate.of(2024, 1, 1)).isEmpty());
    }

    @Test
    void datelineOnSecondNonBlankLineAfterHeadlineIsFound() {
        String headline = "Ministers agree to resume border talks";
        String body = "OSLO, March 3 (AP) - The foreign ministers of two neighbouring states agreed to meet again.";
        String text = headline + "\n\n" + body;
        Optional<Dateline> found = Dateline.find(text, LocalDate.of(2024, 3, 4));
        Dateline d = found.orElseThrow();
        assertEquals("Oslo", d.city());
        assertEquals(LocalDate.of(2024, 3, 3), d.date());
        assertEquals(text.indexOf("OSLO"), d.span().start());
    }

    @Test
    void plainTextWithoutDatelineGivesNothing() {
        String text = "Leaders met on Monday.\nThey discussed trade, security and the climate at some length.";
        assertTrue(Dateline.find(text, null).isEmpty());
    }

    @Test
    void titleCaseConvertsOnlyAllCapsWords() {
        assertEquals("New York", Dateline.titleCase("NEW YORK"));
        assertEquals("Port-Au-Prince", Dateline.titleCase("PORT-AU-PRINCE"));
        assertEquals("Geneva", Dateline.titleCase("Geneva"));
    }

    @Test
    void aSectionLabelBeforeAShoutedHeadlineIsNoDateline() {
        String text = "SAILING - CREWS WAIT FOR WIND AS THE REGATTA STALLS .\nThe boats stayed in the harbour.";
        assertTrue(Dateline.find(text, null).isEmpty());
    }

    @Test
    void aWireDatelineOnALineOfItsOwnGivesPlaceAndDate() {
        String text = "FERRY TALKS STALL .\nPORT ELLIS 2024-03-05\nNegotiators left the port without a deal on Tuesday.";
        Dateline d = Dateline.find(text, null).orElseThrow();
        assertEquals("Port Ellis", d.city());
        assertEquals(LocalDate.of(2024, 3, 5), d.date());
        assertEquals("PORT ELLIS", d.span().of(text));
    }
}
