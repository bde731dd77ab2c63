package com.harufilm.application.encoding;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingMeasurements;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves a video along PENDING -> ENCODING -> COMPLETE or FAILED as the worker reports. Reports
 * may come twice or late (redelivery): a transition that already happened changes nothing. Every
 * STARTED is an attempt, counted; one past the limit fails the video instead. How long a video
 * took to become watchable is measured once its change committed.
 */
public final class ApplyEncodingEvent {

    private final VideoRepository videos;
    private final VideoEncodingState encodingState;
    private final EncodingAttempts attempts;
    private final ObjectDeletions objectDeletions;
    private final Transactions transactions;
    private final Notices notices;
    private final EncodingFailures failures;
    private final AttemptLimits limits;
    private final EncodingMeasurements measurements;
    private final Clock clock;

    public ApplyEncodingEvent(VideoRepository videos, VideoEncodingState encodingState, EncodingAttempts attempts, ObjectDeletions objectDeletions,
                              Transactions transactions, Notices notices, AttemptLimits limits, EncodingMeasurements measurements,
                              Clock clock) {
        this.videos = videos;
        this.encodingState = encodingState;
        this.attempts = attempts;
        this.objectDeletions = objectDeletions;
        this.transactions = transactions;
        this.notices = notices;
        this.failures = new EncodingFailures(videos, encodingState, notices);
        this.limits = limits;
        this.measurements = measurements;
        this.clock = clock;
    }

    public void apply(EncodingEvent event) {
        Instant now = clock.instant();
        switch (event) {
            case EncodingEvent.Started started -> countIfFailed(transactions.inTransaction(() ->
                    encodingState.markEncoding(started.videoId(), now)
                            && attempts.begin(started.videoId(), now.plus(limits.hold())) > limits.maxAttempts()
                            && failures.fail(started.videoId(), limits.givenUpReason(), now)));
            case EncodingEvent.Progress progress -> {
                encodingState.updateProgress(progress.videoId(), progress.fraction(), now);
                attempts.renew(progress.videoId(), now.plus(limits.hold()));
            }
            case EncodingEvent.Playable playable -> {
                if (encodingState.markPlayable(playable.videoId(), playable.firstCut(), now)) {
                    videos.findById(playable.videoId()).ifPresent(video -> measurements.playable(sinceUpload(video, now)));
                }
            }
            case EncodingEvent.Interrupted interrupted -> attempts.interrupted(interrupted.videoId());
            case EncodingEvent.Completed completed -> transactions.inTransaction(() -> complete(completed, now)).ifPresent(video -> {
                measurements.completed(sinceUpload(video, now));
                Duration workerTime = completed.workerTime();
                if (workerTime != null) {
                    measurements.encoded(workerTime);
                }
            });
            case EncodingEvent.Failed failed -> countIfFailed(transactions.inTransaction(() -> {
                boolean failedNow = failures.fail(failed.videoId(), failed.reason(), now);
                String folder = failed.outputPrefix();
                // A report names one video's folder, never a wider one, whoever wrote it onto the queue.
                if (folder != null && ObjectKeys.isVideoPrefix(folder) && videos.findById(failed.videoId()).isEmpty()) {
                    // Deleted meanwhile: an earlier delivery may have stored outputs after the folder was swept.
                    objectDeletions.enqueuePrefix(folder, now);
                }
                return failedNow;
            }));
        }
    }

    private void countIfFailed(boolean failedNow) {
        if (failedNow) {
            measurements.failed();
        }
    }

    /** The video it completed; empty for a repeated report or a video deleted meanwhile. */
    private Optional<Video> complete(EncodingEvent.Completed completed, Instant now) {
        if (encodingState.markComplete(completed.videoId(), completed.result(), now)) {
            Optional<Video> video = videos.findById(completed.videoId());
            video.ifPresent(found -> notices.encodingCompleted(found.userId(), found.id(), found.uploadDate()));
            return video;
        }
        if (videos.findById(completed.videoId()).isEmpty()) {
            // Deleted while it was encoding: what the worker stored has no owner any more.
            completed.result().renditions().stream().findFirst()
                    .map(ApplyEncodingEvent::videoFolder)
                    .filter(ObjectKeys::isVideoPrefix)
                    .ifPresent(folder -> objectDeletions.enqueuePrefix(folder, now));
        }
        return Optional.empty();
    }

    /** A video is created when its upload completes. */
    private static Duration sinceUpload(Video video, Instant now) {
        return Duration.between(video.createdAt(), now);
    }

    private static String videoFolder(Rendition rendition) {
        String key = rendition.playlistKey();
        return key.substring(0, Math.max(0, key.indexOf("hls/")));
    }
}
