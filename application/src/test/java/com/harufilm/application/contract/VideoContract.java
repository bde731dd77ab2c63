package com.harufilm.application.contract;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the video ports' contracts share: videos recorded and encoded the way the application does it. */
public abstract class VideoContract<P extends ContractPorts> extends PortContract<P> {

    protected static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    protected VideoRepository videos() {
        return ports.videos();
    }

    protected VideoEncodingState encodingState() {
        return ports.videoEncodingState();
    }

    protected DiaryReads reads() {
        return ports.diaryReads();
    }

    protected VideoTimestamps timestamps() {
        return ports.videoTimestamps();
    }

    protected Video pending(UserId user, LocalDate day) {
        return pending(user, day, NOW);
    }

    protected Video pending(UserId user, LocalDate day, Instant at) {
        String prefix = unique("users/" + user + "/videos/") + "/";
        return videos().insertPending(user, day, prefix + "source", prefix, at);
    }

    /** What an encode of {@code video} produces: a two-rung ladder, reported tallest first. */
    protected static EncodedVideo encoded(Video video, double durationSec) {
        String hls = video.outputPrefix() + "hls/";
        return new EncodedVideo(durationSec, 1080, 1920, List.of(
                new Rendition(1080, 1920, 5_000_000, hls + "1080p/index.m3u8"),
                new Rendition(720, 1280, 2_800_000, hls + "720p/index.m3u8")));
    }
}
