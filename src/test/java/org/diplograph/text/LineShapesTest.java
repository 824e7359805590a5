package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.text.LineShapes.Furniture;
import org.junit.jupiter.api.Test;

class LineShapesTest {

    private final LineShapes shapes = new LineShapes(FurnitureLexicon.english());

    private Furniture onPage(String line) {
        return shapes.classify(line, true);
    }

    @Test
    void captionEndingInAnAgencyAfterItsLastSentenceIsACaption() {
        assertEquals(Furniture.CAPTION, onPage("Envoy Ana Vell waves to reporters in Tarvik on Monday. - AFP"));
        assertEquals(Furniture.CAPTION, onPage("Envoy Ana Vell waves to reporters in Tarvik on Monday. AP"));
    }

    @Test
    void captionWithACreditInBracketsIsACaption() {
        assertEquals(Furniture.CAPTION, onPage(
                "Crowds fill Velmora square on Friday. (Photo by Ivo Ranek / Pool / Nordpress) / EDITOR'S NOTE"));
        assertEquals(Furniture.CAPTION, onPage("Crowds fill Velmora square on Friday. (Staff: Ivo Ranek / Nordpress)"));
        assertEquals(Furniture.CAPTION, onPage("Flags line the road to the palace. © NORDPRESS"));
    }

    @Test
    void captionThatPlacesPeopleInTheFrameIsACaptionWithoutACredit() {
        assertEquals(Furniture.CAPTION, onPage("Governor Rolf Danner, center, arrives at the harbour on Tuesday."));
        assertEquals(Furniture.CAPTION, onPage("Ana Vell (L) shakes hands with Tomas Reyl in Tarvik."));
    }

    @Test
    void sentenceOfTheStoryIsNotFurniture() {
        assertEquals(Furniture.NONE, onPage("Envoy Ana Vell said the talks in Tarvik were useful."));
        assertEquals(Furniture.NONE, onPage("The photo showed the minister leaving the left bank of the river."));
        assertEquals(Furniture.NONE, onPage("Reactions abroad"));
        assertEquals(Furniture.NONE, onPage("Under Article 5(c) of the accord, the envoys met in Tarvik."));
    }

    @Test
    void aCreditInsideALongParagraphDoesNotMakeItACaption() {
        String paragraph = "Envoy Ana Vell said the talks in Tarvik were useful. ".repeat(16) + "- AFP";
        assertTrue(paragraph.length() > LineShapes.CAPTION_MAX_CHARS);
        assertEquals(Furniture.NONE, onPage(paragraph));
    }

    @Test
    void aPageOfOneLineHasNoCaptionToDropWhole() {
        assertEquals(Furniture.NONE, shapes.classify("Envoy Ana Vell waves in Tarvik on Monday. - AFP", false));
    }

    @Test
    void bylinesAreKnownByTheirOpeningWordAndTheNamesAfterIt() {
        assertEquals(Furniture.BYLINE, onPage("By Tomas Reyl & Ana Vell"));
        assertEquals(Furniture.BYLINE, onPage("Author: Ivo Ranek"));
        assertEquals(Furniture.BYLINE, onPage("By"));
        assertEquals(Furniture.BYLINE, onPage("(Reporting by Ivo Ranek; Editing by Ana Vell)"));
        assertEquals(Furniture.NONE, onPage("By Tuesday the two sides in Tarvik had agreed on a text."));
    }

    @Test
    void linesThatAreOnlyADateOrAStampAreStamps() {
        assertEquals(Furniture.STAMP, onPage("March 3, 2024, 9:47 AM ET"));
        assertEquals(Furniture.STAMP, onPage("Published: 14:02 02.03.2024"));
        assertEquals(Furniture.STAMP, onPage("Tarvik Desk | Published: March 3, 2024 09:12"));
        assertEquals(Furniture.STAMP, onPage("Last Updated GMT"));
        assertEquals(Furniture.NONE, onPage("March 3 was the day Tarvik voted."));
    }

    @Test
    void teaserLabelsAreSetInCapitalsOrTitleCase() {
        assertEquals(Furniture.TEASER_LABEL, onPage("More Stories"));
        assertEquals(Furniture.TEASER_LABEL, onPage("ALSO READ"));
        assertEquals(Furniture.TEASER_LABEL, onPage("Read more: Tarvik port reopens"));
        assertEquals(Furniture.NONE, onPage("Popular anger grows"));
    }

    @Test
    void labelsBarsNotesAndMarkupAreNotices() {
        assertEquals(Furniture.NOTICE, onPage("WORLD"));
        assertEquals(Furniture.NOTICE, onPage("Advertisement"));
        assertEquals(Furniture.NOTICE, onPage("Share on WhatsApp Share Email"));
        assertEquals(Furniture.NOTICE, onPage("(This report was produced from an agency feed.)"));
        assertEquals(Furniture.MARKUP, onPage("<div class=\"caption\"><p>Flags of Norland.</p></div>"));
        assertEquals(Furniture.MARKUP, onPage("First seen at https://example.org/news/tarvik-talks"));
        assertEquals(Furniture.MARKUP, onPage("http : / / example . org / news / tarvik - talks"));
        assertEquals(Furniture.CONNECTOR, onPage("and"));
    }

    @Test
    void namesAreCapitalisedWordsAndTheirConnectors() {
        assertTrue(shapes.isNames("Ana Vell and Tomas Reyl"));
        assertTrue(shapes.isNames("Norland Daily"));
        assertFalse(shapes.isNames("Talks resume in Tarvik"));
        assertFalse(shapes.isNames("Ana Vell said."));
        assertFalse(shapes.isNames("Tarvik 2024"));
    }

    @Test
    void proseIsALongLineEndedLikeASentence() {
        assertTrue(LineShapes.isProse("Envoy Ana Vell said the talks in Tarvik were \"useful.\""));
        assertFalse(LineShapes.isProse("Envoy Ana Vell said the talks in Tarvik were useful"));
        assertFalse(LineShapes.isProse("Talks end."));
    }

    @Test
    void resultAndStandingsRowsAreTableRowsAndAnAddressIsNot() {
        assertTrue(LineShapes.isTableRow("Northvale Athletic 2 Castlebay Rovers 1"));
        assertTrue(LineShapes.isTableRow("Northvale Athletic 15 10 3 2 33 14 33"));
        assertTrue(LineShapes.isTableRow("K. Marsh c Okafor b Lund 45"));
        assertTrue(LineShapes.isTableRow("12 - Ana Ruiz ( Northvale Athletic )"));
        assertFalse(LineShapes.isTableRow("10 Harbour Street"));
        assertFalse(LineShapes.isTableRow("The ministers met 3 times in 2 weeks at the Harbour Hotel"));
    }
}
