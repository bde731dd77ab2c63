package com.harufilm.application.fakes;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Videos in maps, one a user and day, with what the database keeps beside each row: encoding
 * progress, results, timestamps and memory ordinals (dense 1..n per user, as MemoryOrdinals keeps
 * them). The other video ports are views of this state.
 */
public final class InMemoryVideos implements VideoRepository {

    public final Map<VideoId, Video> rows = new LinkedHashMap<>();
    public final Map<VideoId, Double> progress = new HashMap<>();
    public final Map<VideoId, String> failures = new HashMap<>();
    public final Map<VideoId, EncodedVideo> encoded = new HashMap<>();
    public final Map<VideoId, Instant> statusChanged = new HashMap<>();
    public final Map<VideoId, Integer> ordinals = new HashMap<>();
    final Map<VideoId, List<StoredTimestamp>> stamps = new HashMap<>();
    private long nextVideoId = 100;
    private long nextStampId = 1;

    public final InMemoryVideoEncodingState encodingState = new InMemoryVideoEncodingState(this);
    public final InMemoryDiaryReads reads = new InMemoryDiaryReads(this);
    public final InMemoryVideoTimestamps timestamps = new InMemoryVideoTimestamps(this);

    @Override
    public Optional<Video> findById(VideoId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Video> findById(UserId owner, VideoId id) {
        return findById(id).filter(video -> video.ownedBy(owner));
    }

    @Override
    public Optional<Video> findByDate(UserId userId, LocalDate uploadDate) {
        return rows.values().stream().filter(v -> v.ownedBy(userId) && v.uploadDate().equals(uploadDate)).findFirst();
    }

    @Override
    public List<Video> findBetween(UserId userId, LocalDate from, LocalDate until) {
        return rows.values().stream().filter(v -> v.ownedBy(userId) && !v.uploadDate().isBefore(from)
                && v.uploadDate().isBefore(until)).sorted(Comparator.comparing(Video::uploadDate)).toList();
    }

    @Override
    public Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now) {
        if (findByDate(userId, uploadDate).isPresent()) {
            throw new VideoAlreadyExists("there is already a video for " + uploadDate);
        }
        return put(new Video(new VideoId(nextVideoId++), userId, uploadDate, VideoStatus.PENDING, sourceKey, outputPrefix, now));
    }

    @Override
    public void delete(UserId owner, VideoId id) {
        if (findById(owner, id).isEmpty()) {
            return;
        }
        rows.remove(id);
        stamps.remove(id);
        Integer freed = ordinals.remove(id);
        if (freed != null) {
            // The last-numbered video takes the freed number, as in the database.
            int last = completeCount(owner) + 1;
            ordinals.entrySet().stream().filter(e -> rows.get(e.getKey()).ownedBy(owner) && e.getValue() == last)
                    .findFirst().ifPresent(e -> e.setValue(freed));
        }
    }

    /** A video of that day in the given state, as if an earlier upload made it. */
    public Video existing(UserId userId, LocalDate date, VideoStatus status) {
        Video video = put(new Video(new VideoId(nextVideoId++), userId, date, status, "old/source", "users/" + userId + "/videos/old/",
                Instant.EPOCH));
        if (status == VideoStatus.COMPLETE) {
            ordinals.put(video.id(), completeCount(userId) + 1);
        }
        return video;
    }

    int completeCount(UserId owner) {
        return (int) ordinals.keySet().stream().filter(id -> rows.get(id).ownedBy(owner)).count();
    }

    StoredTimestamp stamp(VideoId videoId, double offsetSec, String label) {
        StoredTimestamp stamp = new StoredTimestamp(nextStampId++, offsetSec, label);
        stamps.computeIfAbsent(videoId, id -> new ArrayList<>()).add(stamp);
        return stamp;
    }

    /** Moves the video to {@code to} where its state machine allows; false otherwise. */
    boolean move(VideoId id, VideoStatus to, Instant now) {
        Video video = rows.get(id);
        if (video == null || !video.status().canMoveTo(to)) {
            return false;
        }
        rows.put(id, video.movedTo(to));
        statusChanged.put(id, now);
        progress.remove(id);
        if (to == VideoStatus.COMPLETE) {
            ordinals.put(id, completeCount(video.userId()) + 1);
        }
        return true;
    }

    private Video put(Video video) {
        rows.put(video.id(), video);
        return video;
    }
}
