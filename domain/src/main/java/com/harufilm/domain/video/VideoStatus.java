package com.harufilm.domain.video;

/**
 * Where a video is on its way from upload to playable HLS. PENDING may become ENCODING; PENDING
 * or ENCODING may end COMPLETE or FAILED; COMPLETE and FAILED are final.
 */
public enum VideoStatus {
    PENDING,
    ENCODING,
    COMPLETE,
    FAILED;

    /** Whether the worker's reports still move this video: only PENDING or ENCODING. */
    public boolean takesReports() {
        return this == PENDING || this == ENCODING;
    }

    /** Whether a video in this status may become {@code next}; ENCODING repeats (a redelivered job). */
    public boolean canMoveTo(VideoStatus next) {
        return takesReports() && next != PENDING;
    }

    /** Whether the day may be filmed again over this video: only a FAILED one gives way. */
    public boolean allowsRefilming() {
        return this == FAILED;
    }

    /** Whether a share link may lead to it: only the whole ladder, never a video still changing. */
    public boolean shareable() {
        return this == COMPLETE;
    }
}
