package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.pipeline.StageClock.Stage;
import org.junit.jupiter.api.Test;

class StageClockTest {

    @Test
    void workIsChargedToItsStageOnly() {
        StageClock clock = new StageClock();
        long sum = clock.time(Stage.FACTS, () -> {
            long s = 0;
            for (int i = 0; i < 20_000_000; i++) {
                s += i % 7;
            }
            return s;
        });
        assertTrue(sum > 0);
        assertTrue(clock.millis(Stage.FACTS) > 0, "the loop took CPU time");
        assertEquals(0.0, clock.millis(Stage.NAMES));
    }

    private static long spin(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += i % 7;
        }
        return s;
    }

    @Test
    void aNestedStageIsTakenOutOfTheStageAroundIt() {
        StageClock clock = new StageClock();
        clock.time(Stage.FACTS, () -> {
            spin(5_000_000);
            return clock.time(Stage.PARSE, () -> spin(40_000_000));
        });
        double parse = clock.millis(Stage.PARSE);
        double facts = clock.millis(Stage.FACTS);
        assertTrue(parse > 0 && facts >= 0);
        assertTrue(parse > facts, "the parse did eight times the work, so it cannot be the smaller: " + parse + " " + facts);
    }

    @Test
    void chargedTimeMovesBetweenStages() {
        StageClock clock = new StageClock();
        clock.time(Stage.NAMES, () -> spin(20_000_000));
        double names = clock.millis(Stage.NAMES);
        clock.charge(Stage.NAMES, Stage.ENCODER, 1_000_000);
        assertEquals(names - 1.0, clock.millis(Stage.NAMES), 1e-9);
        assertEquals(1.0, clock.millis(Stage.ENCODER), 1e-9);
    }
}
