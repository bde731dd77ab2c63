package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    private long now;
    private final List<Double> reported = new ArrayList<>();
    private final ProgressTracker tracker = new ProgressTracker(10, reported::add, () -> now, Duration.ofSeconds(2));

    @Test
    void progressIsPassedOnAtMostEveryTwoSeconds() {
        at(1, "out_time_us=1000000");
        at(2, "out_time_us=2500000");
        at(3, "out_time_ms=3000000");
        at(4.5, "out_time_us=5000000");

        assertEquals(List.of(0.25, 0.5), reported);
    }

    @Test
    void oneComesOnlyWhenTheRunHasFinished() {
        at(3, "out_time_us=10000000");
        tracker.finished();

        assertEquals(List.of(0.99, 1.0), reported);
    }

    @Test
    void otherLinesAndUnknownTimesAreIgnored() {
        at(3, "out_time_us=N/A");
        at(3, "frame=30");
        at(3, "progress=continue");

        assertEquals(List.of(), reported);
    }

    private void at(double seconds, String line) {
        now = (long) (seconds * 1e9);
        tracker.accept(line);
    }
}
