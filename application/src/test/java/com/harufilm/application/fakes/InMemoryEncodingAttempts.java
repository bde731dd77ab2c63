package com.harufilm.application.fakes;

import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attempts and holds of the videos in an {@link InMemoryVideos}. */
public final class InMemoryEncodingAttempts implements EncodingAttempts {

    private final InMemoryVideos videos;
    public final Map<VideoId, Integer> attempts = new HashMap<>();
    public final Map<VideoId, Instant> holds = new HashMap<>();
    private final Map<VideoId, Instant> jobQueuedAt = new HashMap<>();
    private final Map<VideoId, Instant> begunJobQueuedAt = new HashMap<>();

    InMemoryEncodingAttempts(InMemoryVideos videos) {
        this.videos = videos;
    }

    @Override
    public int begin(VideoId id, Instant leaseUntil) {
        if (!unfinished(id)) {
            return 0;
        }
        holds.put(id, leaseUntil);
        begunJobQueuedAt.put(id, queuedAt(id));
        return attempts.merge(id, 1, Integer::sum);
    }

    @Override
    public void renew(VideoId id, Instant leaseUntil) {
        if (videos.rows.containsKey(id) && videos.rows.get(id).status() == VideoStatus.ENCODING) {
            holds.put(id, leaseUntil);
        }
    }

    @Override
    public void interrupted(VideoId id) {
        if (unfinished(id)) {
            attempts.computeIfPresent(id, (video, counted) -> Math.max(0, counted - 1));
            holds.remove(id);
        }
    }

    @Override
    public List<UnheldVideo> unheld(Instant now, Instant queuedBefore, int limit) {
        return videos.rows.values().stream().filter(v -> unfinished(v.id()))
                .filter(v -> holds.containsKey(v.id()) ? holds.get(v.id()).isBefore(now) : queuedAt(v.id()).isBefore(queuedBefore))
                .sorted(Comparator.comparing(v -> videos.statusChanged.getOrDefault(v.id(), v.createdAt())))
                .limit(limit)
                .map(v -> new UnheldVideo(v, attempts.getOrDefault(v.id(), 0), holds.containsKey(v.id())))
                .toList();
    }

    @Override
    public Optional<Instant> queueMovedPast() {
        return begunJobQueuedAt.values().stream().max(Comparator.naturalOrder());
    }

    @Override
    public void requeued(VideoId id, int lostAttempts, Instant now) {
        if (unfinished(id)) {
            attempts.merge(id, lostAttempts, Integer::sum);
            holds.remove(id);
            jobQueuedAt.put(id, now);
            videos.statusChanged.put(id, now);
        }
    }

    private Instant queuedAt(VideoId id) {
        return jobQueuedAt.getOrDefault(id, videos.rows.get(id).createdAt());
    }

    private boolean unfinished(VideoId id) {
        Video video = videos.rows.get(id);
        return video != null && video.status().takesReports();
    }
}
