package com.harufilm.application.encoding;

import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Video;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Queues again the videos that stayed PENDING or ENCODING too long (a lost message, a worker
 * that died for good). Encoding is idempotent, so a job that was merely slow does no harm.
 */
public final class RequeueStuckVideos {

    private static final System.Logger log = System.getLogger(RequeueStuckVideos.class.getName());
    private static final int BATCH = 100;

    private final VideoRepository videos;
    private final EncodingJobs jobs;
    private final Transactions transactions;
    private final Duration stuckAfter;
    private final Clock clock;

    public RequeueStuckVideos(VideoRepository videos, EncodingJobs jobs, Transactions transactions, Duration stuckAfter, Clock clock) {
        this.videos = videos;
        this.jobs = jobs;
        this.transactions = transactions;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    /** Requeues videos unchanged for longer than the configured time. */
    public int requeue() {
        return requeueUnchangedSince(clock.instant().minus(stuckAfter));
    }

    /** Requeues every unfinished video: the embedded run's in-process queue does not survive a restart. */
    public int requeueAll() {
        return requeueUnchangedSince(clock.instant().plusSeconds(1));
    }

    private int requeueUnchangedSince(Instant before) {
        int requeued = 0;
        for (Video video : videos.findStuck(before, BATCH)) {
            Instant now = clock.instant();
            transactions.run(() -> {
                jobs.enqueue(new EncodingJob(video.id(), video.userId(), video.sourceKey(), video.outputPrefix()));
                videos.touch(video.id(), now);
            });
            requeued++;
        }
        if (requeued > 0) {
            log.log(Level.INFO, "requeued {0} unfinished videos", requeued);
        }
        return requeued;
    }
}
