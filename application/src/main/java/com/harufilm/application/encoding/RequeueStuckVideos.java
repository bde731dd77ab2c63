package com.harufilm.application.encoding;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingAttempts.UnheldVideo;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.EncodingMeasurements;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Video;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues again the unfinished videos no worker holds: the worker stopped reporting (it died, or
 * the broker gave up on the job), or the job was lost before any worker began it. A job merely
 * waiting in a long queue is left alone, and a video out of attempts is FAILED instead.
 */
public final class RequeueStuckVideos {

    private static final System.Logger log = System.getLogger(RequeueStuckVideos.class.getName());
    private static final int BATCH = 100;

    private final EncodingAttempts attempts;
    private final EncodingJobs jobs;
    private final Transactions transactions;
    private final EncodingFailures failures;
    private final EncodingMeasurements measurements;
    private final AttemptLimits limits;
    private final Clock clock;

    public RequeueStuckVideos(VideoRepository videos, VideoEncodingState encodingState, EncodingAttempts attempts, EncodingJobs jobs, Transactions transactions,
                              Notices notices, AttemptLimits limits, EncodingMeasurements measurements, Clock clock) {
        this.attempts = attempts;
        this.jobs = jobs;
        this.transactions = transactions;
        this.failures = new EncodingFailures(videos, encodingState, notices);
        this.measurements = measurements;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Requeues videos whose worker has not reported for the hold time, and those whose job no
     * worker began although the queue has moved past it (a job queued later has begun); a job
     * lost that way counts as an attempt.
     */
    public int requeue() {
        Instant now = clock.instant();
        Instant stuckBefore = now.minus(limits.hold());
        // No job begun yet: nothing shows the queue moving, so no unbegun job counts as lost.
        Instant queuedBefore = attempts.queueMovedPast()
                .map(movedPast -> movedPast.isBefore(stuckBefore) ? movedPast : stuckBefore)
                .orElse(Instant.EPOCH);
        return requeue(now, queuedBefore, true);
    }

    /**
     * Requeues every unfinished video: the embedded run's in-process queue does not survive a
     * restart. Losing the queue is not the videos' fault, so it costs them no attempt.
     */
    public int requeueAll() {
        Instant beyondEveryHold = clock.instant().plus(limits.hold()).plusSeconds(1);
        return requeue(beyondEveryHold, beyondEveryHold, false);
    }

    private int requeue(Instant heldUntilBefore, Instant queuedBefore, boolean lostJobsCount) {
        int requeued = 0;
        int failed = 0;
        for (UnheldVideo unheld : attempts.unheld(heldUntilBefore, queuedBefore, BATCH)) {
            Video video = unheld.video();
            int lost = lostJobsCount && !unheld.begun() ? 1 : 0;
            Instant now = clock.instant();
            if (unheld.attempts() + lost >= limits.maxAttempts()) {
                if (transactions.inTransaction(() -> failures.fail(video.id(), limits.givenUpReason(), now))) {
                    measurements.failed();
                }
                failed++;
                continue;
            }
            transactions.run(() -> {
                attempts.requeued(video.id(), lost, now);
                jobs.enqueue(new EncodingJob(video.id(), video.userId(), video.sourceKey(), video.outputPrefix()));
            });
            requeued++;
        }
        if (requeued > 0 || failed > 0) {
            log.log(Level.INFO, "requeued {0} unfinished videos, failed {1} out of attempts", requeued, failed);
        }
        return requeued;
    }
}
