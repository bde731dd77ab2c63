package com.harufilm.adapters.media.ffmpeg;

import java.time.Duration;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

/**
 * Turns ffmpeg's {@code -progress} lines into 0.0-1.0 against the probed duration, passed on at
 * most once per interval: every report travels to the API and the database, and a smoother bar
 * is not worth that traffic. 1.0 comes only from {@link #finished()}, after the last file is written.
 */
final class ProgressTracker {

    /** Below 1.0 until the run is done: ffmpeg reaches the end of the input before the muxer has finished. */
    private static final double UNFINISHED_MAX = 0.99;

    private final double durationUs;
    private final DoubleConsumer listener;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private long lastReport;

    ProgressTracker(double durationSec, DoubleConsumer listener, LongSupplier nanoTime, Duration interval) {
        this.durationUs = Math.max(durationSec, 0.001) * 1_000_000;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
        this.lastReport = nanoTime.getAsLong();
    }

    /** One stdout line; out_time_ms is in microseconds too (an old ffmpeg misnomer), out_time_us is newer. */
    void accept(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return;
        }
        String key = line.substring(0, eq);
        if (!key.equals("out_time_us") && !key.equals("out_time_ms")) {
            return;
        }
        long micros;
        try {
            micros = Long.parseLong(line.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            return; // "N/A" before the first frame is out
        }
        long now = nanoTime.getAsLong();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            listener.accept(Math.clamp(micros / durationUs, 0.0, UNFINISHED_MAX));
        }
    }

    void finished() {
        listener.accept(1.0);
    }
}
