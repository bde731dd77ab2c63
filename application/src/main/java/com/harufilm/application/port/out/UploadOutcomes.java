package com.harufilm.application.port.out;

/**
 * Counts how uploads end, for the operator: how many became videos and how many were abandoned.
 * Called after the ending committed, so a rolled-back ending is never counted.
 */
public interface UploadOutcomes {

    /** The upload became a PENDING video. */
    void completed();

    /** Its owner gave it up. */
    void aborted();

    /** Another upload of the same day ended it: a newer initiate, or a completion that took the day first. */
    void superseded();

    /** Nobody finished it before it expired, and the sweeper ended it. */
    void expired();
}
