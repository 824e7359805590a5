package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {

    /** A Wednesday. */
    private static final LocalDate WED_15_MAY_2024 = LocalDate.of(2024, 5, 15);
    private static final LocalDate MONDAY_29_SEPT_2025 = LocalDate.of(2025, 9, 29);
    private final TimeNormalizer normalizer = new TimeNormalizer();

    private TimeValue only(String text, LocalDate anchor) {
        List<TimeValue> found = normalizer.find(text, anchor);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private String value(String text, LocalDate anchor) {
        return only(text, anchor).value();
    }

    @Test
    void weekdayFollowsTheTense() {
        assertEquals("2024-05-13", value("The envoys met on Monday in Lisbon.", WED_15_MAY_2024));
        assertEquals("2024-05-20", value("The envoys will meet on Monday in Lisbon.", WED_15_MAY_2024));
        assertEquals("2024-05-17", value("Envoys to meet on Friday", WED_15_MAY_2024), "no tense: the nearer");
        assertEquals("2024-05-13", value("Envoys to meet on Monday", WED_15_MAY_2024), "no tense: the nearer");
        assertEquals("2024-05-15", value("The envoys met on Wednesday.", WED_15_MAY_2024), "the anchor's own day");
    }

    @Test
    void eachWeekdayTakesTheTenseOfItsOwnVerb() {
        List<TimeValue> found = normalizer.find(
                "The two ministers met on Monday and agreed that their deputies will gather again on Friday.",
                WED_15_MAY_2024);
        assertEquals(List.of("2024-05-13", "2024-05-17"), found.stream().map(TimeValue::value).toList());
        assertFalse(found.get(0).future());
        assertTrue(found.get(1).future());
    }

    @Test
    void summitNextMonthDoesNotMoveThePastMeeting() {
        List<TimeValue> found = normalizer.find(
                "The leaders talked on Tuesday on the sidelines of the summit next month, officials said.",
                WED_15_MAY_2024);
        assertEquals(List.of("2024-05-14", "2024-06"), found.stream().map(TimeValue::value).toList());
        assertTrue(found.get(1).future());
    }

    @Test
    void aFuturePhraseIsOneCueAndItsParticipleNoPastTense() {
        assertEquals("2025-03-03", value("The ministry announced a conference to be held on March 3.",
                WED_15_MAY_2024));
        assertEquals("2024-05-17", value("The ballots are counted on Friday.", WED_15_MAY_2024));
    }

    @Test
    void reportingVerbsCountOnlyBesideTheExpression() {
        assertEquals("2024-05-17", value("The envoys will sign the accord on Friday, a spokesman said.",
                WED_15_MAY_2024));
        assertEquals("2024-05-13", value("A spokesman said on Monday the accord is ready.", WED_15_MAY_2024));
    }

    @Test
    void lastAndNextWeekdaysNeverFallOnTheAnchor() {
        assertEquals("2024-05-08", value("The court ruled last Wednesday.", WED_15_MAY_2024));
        assertEquals("2024-05-22", value("The court rules next Wednesday.", WED_15_MAY_2024));
        assertEquals("2024-05-14", value("The court ruled last Tuesday.", WED_15_MAY_2024));
        assertEquals("last Tuesday", only("The court ruled last Tuesday.", WED_15_MAY_2024).expression());
    }

    @Test
    void partsOfTheDayAndPossessives() {
        TimeValue night = only("Drones struck the port on Friday night.", WED_15_MAY_2024);
        assertEquals("Friday night", night.expression());
        assertEquals("2024-05-10", night.value());
        TimeValue possessive = only("Sunday's vote surprised the party.", WED_15_MAY_2024);
        assertEquals("Sunday", possessive.expression());
        assertEquals("2024-05-12", possessive.value());
    }

    @Test
    void dayWords() {
        assertEquals("2024-05-14", value("Yesterday the talks resumed.", WED_15_MAY_2024));
        assertEquals("2024-05-14", value("Rockets were fired last night.", WED_15_MAY_2024));
        assertEquals("2024-05-15", value("Rockets were fired overnight.", WED_15_MAY_2024));
        assertTrue(normalizer.find("an overnight stay", WED_15_MAY_2024).isEmpty());
        assertEquals("2024-05-13", value("The talks ended two days ago.", WED_15_MAY_2024));
    }

    @Test
    void monthsKeepTheirPrecision() {
        TimeValue last = only("Prices rose last month.", WED_15_MAY_2024);
        assertEquals("2024-04", last.value());
        assertEquals(TimeValue.Precision.MONTH, last.precision());
        assertEquals("2024-05", value("The pact was signed earlier this month.", WED_15_MAY_2024));
        assertEquals("2024-05", value("The pact was signed early this month.", WED_15_MAY_2024));
        assertEquals("2024-07", value("The pact was signed in mid-July.", WED_15_MAY_2024.plusMonths(3)));
        TimeValue late = only("The border closed late last year.", WED_15_MAY_2024);
        assertEquals("2023", late.value());
        assertEquals(TimeValue.Precision.YEAR, late.precision());
    }

    @Test
    void aMonthModifyingANounIsThatMonth() {
        assertEquals("2024-02", value("A February meeting of the envoys ended without a deal.", WED_15_MAY_2024));
        assertEquals("2024-08", value("The envoys will attend the August conference.", WED_15_MAY_2024));
        assertTrue(normalizer.find("The May government fell.", WED_15_MAY_2024).isEmpty(), "a name as likely");
        assertTrue(normalizer.find("The June Party won.", WED_15_MAY_2024).isEmpty(), "part of a name");
    }

    @Test
    void aBareMonthIsTheNearestInTheTensesDirection() {
        assertEquals("2024-02", value("The envoy resigned in February.", WED_15_MAY_2024));
        assertEquals("2025-02", value("The envoy will resign in February.", WED_15_MAY_2024));
        assertEquals("2023-11", value("The pipeline opened in November.", WED_15_MAY_2024));
        assertEquals("2024-11", value("The pipeline will open in November.", WED_15_MAY_2024));
        assertEquals("2024-04", value("In April the rebels withdrew.", WED_15_MAY_2024));
    }

    @Test
    void aVerbFarBehindTheExpressionBelongsToAnotherClause() {
        assertEquals("2024-03-03", value("In a March 3 speech, the minister said that all future contracts would be "
                + "audited.", WED_15_MAY_2024));
    }

    @Test
    void monthOfANamedYearAndSince() {
        assertEquals("2024-01", value("The envoy has been in custody since January of this year.",
                LocalDate.of(2024, 8, 20)));
        assertEquals("2023-12", value("The envoy will stay, as he has since December.", WED_15_MAY_2024));
    }

    @Test
    void weeksGetTheMonthOrYearTheyLieIn() {
        assertEquals("2024-05", value("The army moved in last week.", WED_15_MAY_2024));
        assertEquals("2024-05", value("The foreign minister travels this week.", WED_15_MAY_2024));
        TimeValue straddling = only("The army moved in last week.", LocalDate.of(2024, 6, 4));
        assertEquals("2024", straddling.value(), "27 May to 2 June: only the year holds it");
        assertEquals(TimeValue.Precision.YEAR, straddling.precision());
        assertEquals("2024-05", value("The rebels regrouped at the weekend.", WED_15_MAY_2024));
        TimeValue weekend = only("The rebels regrouped at the weekend.", LocalDate.of(2024, 9, 2));
        assertEquals("2024", weekend.value(), "on Monday 2 September, the weekend was 31 August and 1 September");
        TimeValue newYear = only("The army moved in last week.", LocalDate.of(2025, 1, 7));
        assertEquals("last week", newYear.expression());
        assertNull(newYear.value(), "30 December to 5 January: nothing holds it");
    }

    @Test
    void ordinalDayOfTheAnchorMonthOrThePrevious() {
        assertEquals("2024-05-09", value("The ceasefire began on the 9th, before the rains.", WED_15_MAY_2024));
        assertEquals("2024-04-19", value("The ceasefire began on the 19th.", WED_15_MAY_2024));
        assertEquals("2024-05-19", value("The ceasefire will begin on the 19th.", WED_15_MAY_2024));
        assertTrue(normalizer.find("He lives on the 19th floor.", WED_15_MAY_2024).isEmpty());
    }

    @Test
    void numericDatesOnlyWhenUnambiguous() {
        assertEquals("2024-06-19", value("The decree of 19/06/2024 stands.", WED_15_MAY_2024));
        assertEquals("2024-06-19", value("The decree of 06/19/2024 stands.", WED_15_MAY_2024));
        TimeValue ambiguous = only("The decree of 03/04/2024 stands.", WED_15_MAY_2024);
        assertNull(ambiguous.value());
        assertEquals("2024-06-19", value("Filed 2024-06-19 in Geneva.", WED_15_MAY_2024));
    }

    @Test
    void yearsAlone() {
        assertEquals("2019", value("the 2019 accord", WED_15_MAY_2024));
        assertEquals("2011", value("the bridge should open in mid-2011", WED_15_MAY_2024));
        assertTrue(normalizer.find("some 2000 troops and $ 2010 in cash", WED_15_MAY_2024).isEmpty());
        assertTrue(normalizer.find("in the early 1990s, in the 2014-15 season", WED_15_MAY_2024).isEmpty());
        assertEquals(List.of("2014", "2016"), normalizer.find("between 2014-2016", WED_15_MAY_2024).stream()
                .map(TimeValue::value).toList());
    }

    @Test
    void seasonsHaveNoDayOfTheirOwn() {
        TimeValue spring = only("The offensive began in the spring.", WED_15_MAY_2024);
        assertEquals("the spring", spring.expression());
        assertNull(spring.value());
        assertEquals("2023", value("The offensive began in the summer of 2023.", WED_15_MAY_2024));
        assertTrue(normalizer.find("Climber Dies in Fall on Glacier", WED_15_MAY_2024).isEmpty());
        assertNull(value("The talks resume in the fall.", WED_15_MAY_2024));
    }

    @Test
    void withoutAnchorTheExpressionIsKeptAndNoDateInvented() {
        TimeValue t = only("The ministers met on Sunday.", null);
        assertEquals("Sunday", t.expression());
        assertNull(t.value());
        assertNull(only("Prices rose last month.", null).value());
    }

    @Test
    void monthDayWithoutYear() {
        assertEquals("2025-10-10", value("the October 10 parade", MONDAY_29_SEPT_2025));
        assertEquals("2024-12-30", value("on December 30", LocalDate.of(2025, 1, 3)));
        assertEquals("2024-01-20", value("The treaty was signed on January 20.", WED_15_MAY_2024));
        assertEquals("2025-01-20", value("The treaty will be signed on January 20.", WED_15_MAY_2024));
    }

    @Test
    void fullDatesAreReadInBothOrdersWithOrWithoutTheWeekday() {
        assertEquals("2025-09-29", value("September 29, 2025", null));
        assertEquals("2018-06-12", value("signed on 12 June 2018", null));
        TimeValue t = only("The vote is on Tuesday, Oct. 7 , 2025 in the capital.", null);
        assertEquals("2025-10-07", t.value());
        assertEquals("Tuesday, Oct. 7 , 2025", t.expression());
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertTrue(normalizer.find("over 500,000 lives and $1.5 billion", MONDAY_29_SEPT_2025).isEmpty());
    }

    @Test
    void anExplicitDirectionOverridesTheTense() {
        TimeValue found = only("Talks on Friday.", WED_15_MAY_2024);
        assertEquals("2024-05-17", found.value());
        TimeValue past = normalizer.resolve(found, WED_15_MAY_2024, Direction.PAST);
        assertEquals("2024-05-10", past.value());
        assertEquals(found.span(), past.span());
        TimeValue relative = only("Talks resumed last month.", WED_15_MAY_2024);
        assertEquals("2024-04", normalizer.resolve(relative, WED_15_MAY_2024, Direction.FUTURE).value());
        assertEquals(List.of("2024-05-10"), normalizer.find("Talks on Friday.", WED_15_MAY_2024, Direction.PAST)
                .stream().map(TimeValue::value).toList());
    }

    @Test
    void aBareMonthTakesTheDirectionItIsResolvedIn() {
        TimeValue october = only("The envoys agreed to meet in October.", WED_15_MAY_2024);
        assertEquals("2024-10", normalizer.resolve(october, WED_15_MAY_2024, Direction.FUTURE).value());
        assertEquals("2023-10", normalizer.resolve(october, WED_15_MAY_2024, Direction.PAST).value());
    }

    @Test
    void weekdayArithmetic() {
        assertEquals(LocalDate.of(2025, 10, 3), TimeNormalizer.weekday(MONDAY_29_SEPT_2025, DayOfWeek.FRIDAY,
                Direction.FUTURE));
        assertEquals(LocalDate.of(2025, 9, 26), TimeNormalizer.weekday(MONDAY_29_SEPT_2025, DayOfWeek.FRIDAY,
                Direction.PAST));
        assertEquals(LocalDate.of(2025, 10, 1), TimeNormalizer.weekday(MONDAY_29_SEPT_2025, DayOfWeek.WEDNESDAY,
                Direction.NEAREST));
    }
}
