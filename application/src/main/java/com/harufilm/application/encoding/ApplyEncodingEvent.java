package com.harufilm.application.encoding;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.Rendition;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Moves a video along PENDING -> ENCODING -> COMPLETE or FAILED as the worker reports. Reports
 * may come twice or late (redelivery): a transition that already happened changes nothing.
 */
public final class ApplyEncodingEvent {

    private static final System.Logger log = System.getLogger(ApplyEncodingEvent.class.getName());

    private final VideoRepository videos;
    private final ObjectDeletions objectDeletions;
    private final Transactions transactions;
    private final Notices notices;
    private final Clock clock;

    public ApplyEncodingEvent(VideoRepository videos, ObjectDeletions objectDeletions, Transactions transactions, Notices notices,
                              Clock clock) {
        this.videos = videos;
        this.objectDeletions = objectDeletions;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    public void apply(EncodingEvent event) {
        Instant now = clock.instant();
        switch (event) {
            case EncodingEvent.Started started -> videos.markEncoding(started.videoId(), now);
            case EncodingEvent.Progress progress -> videos.updateProgress(progress.videoId(), progress.fraction(), now);
            case EncodingEvent.Completed completed -> transactions.run(() -> {
                if (videos.markComplete(completed.videoId(), completed.result(), now)) {
                    videos.findById(completed.videoId())
                            .ifPresent(video -> notices.encodingCompleted(video.userId(), video.id(), video.uploadDate()));
                } else if (videos.findById(completed.videoId()).isEmpty()) {
                    // Deleted while it was encoding: what the worker stored has no owner any more.
                    completed.result().renditions().stream().findFirst()
                            .map(ApplyEncodingEvent::videoFolder)
                            .ifPresent(folder -> objectDeletions.enqueuePrefix(folder, now));
                }
            });
            case EncodingEvent.Failed failed -> transactions.run(() -> {
                if (videos.markFailed(failed.videoId(), failed.reason(), now)) {
                    log.log(Level.INFO, "video {0} failed to encode: {1}", failed.videoId(), failed.reason());
                    videos.findById(failed.videoId())
                            .ifPresent(video -> notices.encodingFailed(video.userId(), video.id(), video.uploadDate(), failed.reason()));
                }
            });
        }
    }

    private static String videoFolder(Rendition rendition) {
        String key = rendition.playlistKey();
        return key.substring(0, key.indexOf("hls/"));
    }
}
