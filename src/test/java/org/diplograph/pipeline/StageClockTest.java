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
}
