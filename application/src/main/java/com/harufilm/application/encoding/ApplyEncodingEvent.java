package com.harufilm.application.encoding;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import java.time.Clock;
import java.time.Instant;

/**
 * Moves a video along PENDING -> ENCODING -> COMPLETE or FAILED as the worker reports. Reports
 * may come twice or late (redelivery): a transition that already happened changes nothing. Every
 * STARTED is an attempt, counted; one past the limit fails the video instead.
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
    private final Clock clock;

    public ApplyEncodingEvent(VideoRepository videos, VideoEncodingState encodingState, EncodingAttempts attempts, ObjectDeletions objectDeletions,
                              Transactions transactions, Notices notices, AttemptLimits limits, Clock clock) {
        this.videos = videos;
        this.encodingState = encodingState;
        this.attempts = attempts;
        this.objectDeletions = objectDeletions;
        this.transactions = transactions;
        this.notices = notices;
        this.failures = new EncodingFailures(videos, encodingState, notices);
        this.limits = limits;
        this.clock = clock;
    }

    public void apply(EncodingEvent event) {
        Instant now = clock.instant();
        switch (event) {
            case EncodingEvent.Started started -> transactions.run(() -> {
                if (encodingState.markEncoding(started.videoId(), now)
                        && attempts.begin(started.videoId(), now.plus(limits.hold())) > limits.maxAttempts()) {
                    failures.fail(started.videoId(), limits.givenUpReason(), now);
                }
            });
            case EncodingEvent.Progress progress -> {
                encodingState.updateProgress(progress.videoId(), progress.fraction(), now);
                attempts.renew(progress.videoId(), now.plus(limits.hold()));
            }
            case EncodingEvent.Playable playable -> encodingState.markPlayable(playable.videoId(), playable.firstCut(), now);
            case EncodingEvent.Interrupted interrupted -> attempts.interrupted(interrupted.videoId());
            case EncodingEvent.Completed completed -> transactions.run(() -> {
                if (encodingState.markComplete(completed.videoId(), completed.result(), now)) {
                    videos.findById(completed.videoId())
                            .ifPresent(video -> notices.encodingCompleted(video.userId(), video.id(), video.uploadDate()));
                } else if (videos.findById(completed.videoId()).isEmpty()) {
                    // Deleted while it was encoding: what the worker stored has no owner any more.
                    completed.result().renditions().stream().findFirst()
                            .map(ApplyEncodingEvent::videoFolder)
                            .filter(ObjectKeys::isVideoPrefix)
                            .ifPresent(folder -> objectDeletions.enqueuePrefix(folder, now));
                }
            });
            case EncodingEvent.Failed failed -> transactions.run(() -> {
                failures.fail(failed.videoId(), failed.reason(), now);
                String folder = failed.outputPrefix();
                // A report names one video's folder, never a wider one, whoever wrote it onto the queue.
                if (folder != null && ObjectKeys.isVideoPrefix(folder) && videos.findById(failed.videoId()).isEmpty()) {
                    // Deleted meanwhile: an earlier delivery may have stored outputs after the folder was swept.
                    objectDeletions.enqueuePrefix(folder, now);
                }
            });
        }
    }

    private static String videoFolder(Rendition rendition) {
        String key = rendition.playlistKey();
        return key.substring(0, Math.max(0, key.indexOf("hls/")));
    }
}
