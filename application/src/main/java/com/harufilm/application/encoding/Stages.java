package com.harufilm.application.encoding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of one encode took, for the log line the operator and the playable
 * benchmark read ("download 310 ms, probe 80 ms, ..."): what a slow video spent its time on.
 */
final class Stages {

    private final Clock clock;
    private final List<String> done = new ArrayList<>();
    private long since;

    Stages(Clock clock) {
        this.clock = clock;
        this.since = clock.millis();
    }

    /** Ends the stage running since the previous one ended (or since the start). */
    void ended(String stage) {
        long now = clock.millis();
        done.add(stage + " " + (now - since) + " ms");
        since = now;
    }

    @Override
    public String toString() {
        return String.join(", ", done);
    }
}
