package com.harufilm.application.port.out;

import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each unfinished video's encoding attempts and whether a worker holds it, counted by the API as
 * it applies the worker's reports and queues jobs again: the broker's own delivery count starts
 * over with every requeue, this count does not.
 */
public interface EncodingAttempts {

    /**
     * An unfinished video no worker holds.
     *
     * @param begun whether a worker began the job dispatched last (then that attempt is counted)
     */
    record UnheldVideo(Video video, int attempts, boolean begun) {
    }

    /**
     * A worker began an attempt (its STARTED report): counts it and holds the video until
     * {@code leaseUntil}. Returns the attempts so far, this one included; 0 when the video is gone
     * or finished.
     */
    int begin(VideoId id, Instant leaseUntil);

    /** The worker still works on the video (a progress report): held until {@code leaseUntil}; ignored unless ENCODING. */
    void renew(VideoId id, Instant leaseUntil);

    /**
     * Unfinished videos, oldest change first, whose worker's hold ran out before {@code now}, or
     * whose last job no worker has begun although it was queued before {@code queuedBefore}.
     */
    List<UnheldVideo> unheld(Instant now, Instant queuedBefore, int limit);

    /**
     * When the latest-queued job that a worker has begun (on any video) was queued: the queue has
     * moved past that point, so an unbegun job queued before it was lost, not waiting its turn.
     */
    Optional<Instant> queueMovedPast();

    /**
     * The worker gave the job back unfinished because it was stopping: that attempt is not the
     * video's fault, so it is not counted, and the hold is dropped (the job waits in the queue
     * again, as one no worker has begun). Ignored unless the video is unfinished.
     */
    void interrupted(VideoId id);

    /** The video's job was queued again at {@code now}: adds {@code lostAttempts} to its count and drops the hold. */
    void requeued(VideoId id, int lostAttempts, Instant now);
}
