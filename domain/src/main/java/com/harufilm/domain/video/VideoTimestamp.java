package com.harufilm.domain.video;

import com.harufilm.domain.error.InvalidRequest;

/** A labelled moment in a video, {@code offsetSec} seconds from its start. */
public record VideoTimestamp(double offsetSec, String label) {

    public static final int MAX_LABEL_LENGTH = 200;

    /** Refuses a video that would carry more than {@code max} timestamps once {@code count} are there. */
    public static void requireAtMost(int max, int count) {
        if (count > max) {
            throw new InvalidRequest("timestamps", "a video carries at most " + max + " timestamps");
        }
    }

    public VideoTimestamp {
        if (!Double.isFinite(offsetSec) || offsetSec < 0) {
            throw new InvalidRequest("offsetSec", "offsetSec must be a number of seconds, 0 or more");
        }
        if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidRequest("label", "label must be 1 to " + MAX_LABEL_LENGTH + " characters");
        }
    }
}
