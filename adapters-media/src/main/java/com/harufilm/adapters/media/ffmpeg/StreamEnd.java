package com.harufilm.adapters.media.ffmpeg;

import java.util.function.Consumer;

/**
 * Where a stream ends, from ffprobe's packet list ({@code pts_time,duration_time} lines): the
 * latest packet's time plus its length. Recordings streamed as they were made (MediaRecorder's
 * WebM) state no duration in their header; their packets still know.
 */
final class StreamEnd implements Consumer<String> {

    private double seconds;

    @Override
    public void accept(String line) {
        String[] fields = line.split(",");
        double time = number(fields[0]);
        double length = fields.length > 1 ? number(fields[1]) : 0;
        if (Double.isFinite(time)) {
            seconds = Math.max(seconds, time + (Double.isFinite(length) ? length : 0));
        }
    }

    /** 0 when no packet had a time. */
    double seconds() {
        return seconds;
    }

    /** ffprobe writes N/A for what a packet does not know. */
    private static double number(String field) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
