package com.harufilm.application.encoding;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.MediaEncoder.EncodedLadder;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ScratchSpace;
import com.harufilm.application.port.out.ScratchSpace.Scratch;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The worker's job: fetch the source, check it is a video, encode the HLS ladder and thumbnail,
 * store them, and report. Running a job twice writes the same keys and reports the same result,
 * so a redelivered job is harmless. A source that is not a video, or is no longer in the store (its
 * video was deleted while the job waited), is reported FAILED at once (not retried); a store or a
 * broker that is away is waited out for a while (Outages), then like any failing dependency it throws, so
 * the queue delivers the job again, but only so often: a delivery
 * past the attempt limit does no work and reports the video FAILED, so a source that stalls or
 * kills FFmpeg cannot hold a worker for long. A FAILED report names the output folder, so outputs
 * half-stored by an earlier delivery are removed when the video was deleted meanwhile. A job cut
 * short because the worker is stopping (its thread interrupted) is reported INTERRUPTED, once its
 * scratch files are gone, and thrown back so the queue delivers it again.
 */
public final class EncodeVideo {

    private static final System.Logger log = System.getLogger(EncodeVideo.class.getName());
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final String LADDER = "hls";
    private static final String FIRST = "first";
    static final String SOURCE_GONE = "The uploaded file is no longer there. Please upload the video again.";

    private final ObjectStore store;
    private final MediaEncoder encoder;
    private final EncodingEvents events;
    private final ScratchSpace scratchSpace;
    private final int maxAttempts;
    private final Outages outages;
    private final Clock clock;

    public EncodeVideo(ObjectStore store, MediaEncoder encoder, EncodingEvents events, ScratchSpace scratchSpace, int maxAttempts,
                       Outages outages, Clock clock) {
        this.store = store;
        this.outages = outages;
        this.encoder = encoder;
        this.events = events;
        this.scratchSpace = scratchSpace;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** {@code previousDeliveries}: how often the queue delivered this job before, each time a STARTED the API counted. */
    public void encode(EncodingJob job, int previousDeliveries) {
        if (previousDeliveries >= maxAttempts) {
            log.log(Level.WARNING, "video {0}: delivery {1} of its job is past the {2} attempts allowed; not encoding it",
                    job.videoId(), previousDeliveries + 1, maxAttempts);
            report(new EncodingEvent.Failed(job.videoId(), AttemptLimits.givenUpReason(maxAttempts), job.outputPrefix()));
            return;
        }
        Instant began = clock.instant();
        report(new EncodingEvent.Started(job.videoId()));
        Stages stages = new Stages(clock);
        try (Scratch scratch = scratchSpace.open("video-" + job.videoId())) {
            Path source = scratch.path().resolve("source");
            if (!download(job, source)) {
                report(new EncodingEvent.Failed(job.videoId(), SOURCE_GONE, job.outputPrefix()));
                return;
            }
            stages.ended("download");
            EncodedVideo result;
            try {
                MediaInfo info = encoder.probe(source);
                stages.ended("probe");
                boolean published = publishFirstPlayable(job, scratch, source, info);
                stages.ended("first playable (" + (!published ? "none" : info.playsAsIs() ? "remux" : "smallest rung") + ", upload, report)");
                EncodedLadder ladder = encoder.encode(source, info, scratch.path().resolve(LADDER), throttledProgress(job));
                stages.ended("encode");
                result = store(job, scratch, LADDER, info, ladder);
                stages.ended("upload");
            } catch (InvalidVideoFormat notAVideo) {
                report(new EncodingEvent.Failed(job.videoId(), notAVideo.getMessage(), job.outputPrefix()));
                return;
            }
            report(new EncodingEvent.Completed(job.videoId(), result, Duration.between(began, clock.instant())));
            stages.ended("report");
            log.log(Level.INFO, "video {0} encoded: {1}", job.videoId(), stages);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                reportInterrupted(job);
            }
            throw e;
        }
    }

    private void reportInterrupted(EncodingJob job) {
        // A publish waits for the broker's confirm, which an interrupted thread cannot: the flag is
        // set aside meanwhile and restored, so the caller still sees that it is stopping.
        Thread.interrupted();
        try {
            events.publish(new EncodingEvent.Interrupted(job.videoId()));
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "video {0}: could not report the interrupted encode; its hold runs out by itself", job.videoId(), e);
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * False when the source is gone: no delivery can bring it back, so retrying would only hold a
     * worker. A store that is down fails the size check too and throws, so the job comes again.
     */
    private boolean download(EncodingJob job, Path source) {
        try {
            // A source that is gone ends the wait at once; a store that is away does not.
            outages.run("downloading " + job.sourceKey(), () -> store.download(job.sourceKey(), source),
                    () -> store.sizeOf(job.sourceKey()).isPresent());
            return true;
        } catch (DependencyFailure unreadable) {
            if (sourceGone(job)) {
                log.log(Level.WARNING, "video {0}: its source {1} is gone; reporting it failed", job.videoId(), job.sourceKey());
                return false;
            }
            throw unreadable;
        }
    }

    /** The store answers and has no such object; a store still away is no answer. */
    private boolean sourceGone(EncodingJob job) {
        try {
            return store.sizeOf(job.sourceKey()).isEmpty();
        } catch (DependencyFailure stillAway) {
            return false;
        }
    }

    /**
     * The quickest playable rendition, stored and reported before the ladder is encoded, so the
     * video can be watched in seconds. The ladder decides the video's fate: a first rendition that
     * fails only costs the head start (unless the worker is stopping).
     */
    private boolean publishFirstPlayable(EncodingJob job, Scratch scratch, Path source, MediaInfo info) {
        Optional<EncodedLadder> first;
        try {
            first = encoder.firstPlayable(source, info, scratch.path().resolve(FIRST));
        } catch (InvalidVideoFormat | DependencyFailure failed) {
            if (Thread.currentThread().isInterrupted()) {
                throw failed;
            }
            log.log(Level.WARNING, "video {0}: no first rendition could be made; encoding the ladder only", job.videoId(), failed);
            return false;
        }
        first.ifPresent(written -> report(new EncodingEvent.Playable(job.videoId(), store(job, scratch, FIRST, info, written))));
        return first.isPresent();
    }

    /**
     * Uploads what the encoder wrote in {@code folder}: segments, then their playlists, then the
     * thumbnail, and the master last, so a player that fetches the master finds everything it
     * names; a master stored over an earlier one switches every new viewer to the new renditions.
     */
    private EncodedVideo store(EncodingJob job, Scratch scratch, String folder, MediaInfo info, EncodedLadder ladder) {
        String hlsPrefix = ObjectKeys.hlsPrefix(job.outputPrefix());
        Path written = scratch.path().resolve(folder);
        List<String> renditionFiles = scratch.filesUnder(folder).stream()
                .map(file -> file.substring(folder.length() + 1))
                .filter(file -> !file.equals(ladder.thumbnailPath()) && !file.equals(ladder.masterPlaylistPath()))
                .sorted(Comparator.comparing((String file) -> file.endsWith(".m3u8")).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String relative : renditionFiles) {
            upload(written.resolve(relative), hlsPrefix + relative, contentType(relative));
        }
        upload(written.resolve(ladder.thumbnailPath()), ObjectKeys.thumbnailKey(job.outputPrefix()), "image/jpeg");
        upload(written.resolve(ladder.masterPlaylistPath()), ObjectKeys.masterPlaylistKey(job.outputPrefix()), contentType(ladder.masterPlaylistPath()));
        List<Rendition> renditions = ladder.renditions().stream()
                .map(r -> new Rendition(r.width(), r.height(), r.bandwidth(), hlsPrefix + r.playlistPath()))
                .toList();
        return new EncodedVideo(info.durationSec(), info.width(), info.height(), renditions);
    }

    /** A report the API must get; a broker that is away is waited out rather than the work thrown away. */
    private void report(EncodingEvent event) {
        outages.run("reporting " + event.getClass().getSimpleName() + " of video " + event.videoId(), () -> events.publish(event),
                () -> true);
    }

    private void upload(Path file, String key, String contentType) {
        outages.run("uploading " + key, () -> store.upload(file, key, contentType), () -> true);
    }

    private DoubleConsumer throttledProgress(EncodingJob job) {
        long[] last = {0};
        return fraction -> {
            long now = clock.millis();
            if (now - last[0] >= PROGRESS_EVERY.toMillis() && fraction < 1.0) {
                last[0] = now;
                try {
                    events.publish(new EncodingEvent.Progress(job.videoId(), fraction));
                } catch (RuntimeException e) {
                    // A progress bar may skip a beat; the encode must not fail for it.
                    log.log(Level.DEBUG, "progress report lost", e);
                }
            }
        };
    }

    static String contentType(String file) {
        if (file.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        if (file.endsWith(".ts")) {
            return "video/mp2t";
        }
        if (file.endsWith(".jpg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}
