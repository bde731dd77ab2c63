package com.harufilm.application.port.out;

/**
 * Removes what the store holds of a video or a user, objects and open uploads alike; the sweeper of
 * {@link ObjectDeletions} calls it until it succeeds. Failures surface as DependencyFailure with S3_DELETE_FAILED.
 */
public interface ObjectRemoval {

    /**
     * Removes every object under {@code prefix} and aborts the multipart uploads open under it (so a
     * part URL given out before stores nothing after); removing nothing is fine.
     */
    void deletePrefix(String prefix);
}
