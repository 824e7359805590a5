package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    private static long spin(long iterations) {
        long x = 0;
        for (long i = 0; i < iterations; i++) {
            x += i * 31 ^ x;
        }
        return x;
    }

    @Test
    void countsTheWorkItMeasuresOnThisThreadOnly() throws InterruptedException {
        CpuMeter meter = new CpuMeter();
        assertEquals(0, meter.spent());
        meter.measure(() -> spin(50_000_000));
        long here = meter.spent();
        assertTrue(here > 0, "spent " + here);
        spin(50_000_000);
        assertEquals(here, meter.spent(), "work outside measure is not counted");
        long[] other = new long[1];
        Thread t = new Thread(() -> {
            meter.measure(() -> spin(1_000_000));
            other[0] = meter.spent();
        });
        t.start();
        t.join();
        assertTrue(other[0] > 0);
        assertEquals(here, meter.spent(), "another thread's work is its own");
    }

    @Test
    void returnsWhatTheWorkReturns() {
        assertEquals("done", new CpuMeter().measure(() -> "done"));
    }
}
