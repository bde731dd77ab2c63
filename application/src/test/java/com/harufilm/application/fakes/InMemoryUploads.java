package com.harufilm.application.fakes;

import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upload sessions, videos with timestamps, and queued encoding jobs, in memory. */
public final class InMemoryUploads {

    public final Map<UploadId, UploadSession> sessions = new LinkedHashMap<>();
    public final Map<VideoId, Video> videos = new LinkedHashMap<>();
    public final Map<VideoId, List<VideoTimestamp>> timestamps = new HashMap<>();
    public final List<EncodingJob> jobs = new ArrayList<>();
    private long nextVideoId = 100;
    public final Map<VideoId, Double> progress = new HashMap<>();
    public final Map<VideoId, String> failures = new HashMap<>();
    public final Map<VideoId, EncodedVideo> encoded = new HashMap<>();
    public final Map<VideoId, Instant> statusChanged = new HashMap<>();

    public final UploadSessions uploadSessions = new UploadSessions() {
        @Override
        public UploadSession insert(NewUploadSession s) {
            UploadSession session = new UploadSession(new UploadId(sessions.size() + 1), s.userId(), s.uploadDate(), s.storeUploadId(),
                    s.objectKey(), s.fileName(), s.contentType(), s.plan(), UploadState.ACTIVE, null, s.createdAt(), s.expiresAt());
            sessions.put(session.id(), session);
            return session;
        }

        @Override
        public Optional<UploadSession> find(UserId owner, UploadId id) {
            return Optional.ofNullable(sessions.get(id)).filter(session -> session.ownedBy(owner));
        }

        @Override
        public Optional<UploadSession> lock(UserId owner, UploadId id) {
            return find(owner, id);
        }

        @Override
        public void markCompleted(UserId owner, UploadId id, VideoId videoId, Instant now) {
            find(owner, id).filter(session -> session.state().canMoveTo(UploadState.COMPLETED))
                    .ifPresent(session -> sessions.put(id, session.movedTo(UploadState.COMPLETED, videoId)));
        }

        @Override
        public boolean end(UserId owner, UploadId id, UploadState state, Instant now) {
            if (state != UploadState.ABORTED && state != UploadState.EXPIRED) {
                throw new IllegalArgumentException("an upload session ends ABORTED or EXPIRED, not " + state);
            }
            Optional<UploadSession> session = find(owner, id).filter(s -> s.state().canMoveTo(state));
            session.ifPresent(s -> sessions.put(id, s.movedTo(state, null)));
            return session.isPresent();
        }

        @Override
        public List<UploadSession> activeOf(UserId owner) {
            return sessions.values().stream().filter(s -> s.ownedBy(owner) && s.state() == UploadState.ACTIVE).toList();
        }

        @Override
        public List<UploadSession> findExpired(Instant now, int limit) {
            return sessions.values().stream().filter(s -> s.isOverdueAt(now))
                    .sorted(Comparator.comparing(UploadSession::expiresAt)).limit(limit).toList();
        }

        @Override
        public boolean isActive(String objectKey) {
            return sessions.values().stream().anyMatch(s -> s.state() == UploadState.ACTIVE && s.objectKey().equals(objectKey));
        }
    };

    public final VideoRepository videoRepository = new VideoRepository() {
        @Override
        public Optional<Video> findById(VideoId id) {
            return Optional.ofNullable(videos.get(id));
        }

        @Override
        public Optional<Video> findById(UserId owner, VideoId id) {
            return findById(id).filter(video -> video.ownedBy(owner));
        }

        @Override
        public Optional<Video> findByDate(UserId userId, LocalDate uploadDate) {
            return videos.values().stream().filter(v -> v.ownedBy(userId) && v.uploadDate().equals(uploadDate)).findFirst();
        }

        @Override
        public Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now) {
            if (findByDate(userId, uploadDate).isPresent()) {
                throw new VideoAlreadyExists("taken");
            }
            Video video = new Video(new VideoId(nextVideoId++), userId, uploadDate, VideoStatus.PENDING, sourceKey, outputPrefix, now);
            videos.put(video.id(), video);
            return video;
        }

        @Override
        public void addTimestamps(VideoId videoId, List<VideoTimestamp> added, Instant now) {
            timestamps.computeIfAbsent(videoId, id -> new ArrayList<>()).addAll(added);
        }

        @Override
        public void delete(UserId owner, VideoId id) {
            if (findById(owner, id).isPresent()) {
                videos.remove(id);
                timestamps.remove(id);
            }
        }

        @Override
        public boolean markEncoding(VideoId id, Instant now) {
            if (!move(id, VideoStatus.ENCODING, now)) {
                return false;
            }
            progress.put(id, 0.0);
            return true;
        }

        @Override
        public void updateProgress(VideoId id, double fraction, Instant now) {
            if (videos.containsKey(id) && videos.get(id).status() == VideoStatus.ENCODING) {
                progress.merge(id, fraction, Math::max);
            }
        }

        @Override
        public boolean markComplete(VideoId id, EncodedVideo result, Instant now) {
            boolean moved = move(id, VideoStatus.COMPLETE, now);
            if (moved) {
                encoded.put(id, result);
                progress.remove(id);
            }
            return moved;
        }

        @Override
        public boolean markFailed(VideoId id, String reason, Instant now) {
            boolean moved = move(id, VideoStatus.FAILED, now);
            if (moved) {
                failures.put(id, reason);
                progress.remove(id);
            }
            return moved;
        }

        @Override
        public Optional<VideoDetails> details(UserId owner, VideoId id) {
            return details(id).filter(details -> details.video().ownedBy(owner));
        }

        @Override
        public Optional<VideoDetails> details(VideoId id) {
            return findById(id).map(video -> {
                EncodedVideo result = encoded.get(id);
                List<VideoTimestamp> stamps = timestamps.getOrDefault(id, List.of());
                // In the database's order: renditions shortest first, timestamps by offset then by when they were added.
                return new VideoDetails(video, progress.get(id), failures.get(id), result == null ? null : result.durationSec(),
                        result == null ? null : result.width(), result == null ? null : result.height(),
                        result == null ? List.of() : result.renditions().stream().sorted(Comparator.comparingInt(Rendition::height)).toList(),
                        java.util.stream.IntStream.range(0, stamps.size())
                                .mapToObj(i -> new VideoDetails.StoredTimestamp(i + 1, stamps.get(i).offsetSec(), stamps.get(i).label()))
                                .sorted(Comparator.comparingDouble(VideoDetails.StoredTimestamp::offsetSec))
                                .toList());
            });
        }

        @Override
        public List<Video> findBetween(UserId userId, LocalDate from, LocalDate until) {
            return videos.values().stream().filter(v -> v.ownedBy(userId) && !v.uploadDate().isBefore(from)
                    && v.uploadDate().isBefore(until)).sorted(Comparator.comparing(Video::uploadDate)).toList();
        }

        @Override
        public int completeCount(UserId userId) {
            return completeInOrder(userId).size();
        }

        @Override
        public List<VideoDetails> detailsByOrdinals(UserId userId, List<Integer> ordinals) {
            List<Video> complete = completeInOrder(userId);
            return ordinals.stream().filter(o -> o >= 1 && o <= complete.size()).sorted()
                    .map(o -> details(complete.get(o - 1).id()).orElseThrow().withTimestamps(List.of())).toList();
        }

        @Override
        public List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates) {
            return completeInOrder(userId).stream().filter(v -> dates.contains(v.uploadDate()))
                    .sorted(Comparator.comparing(Video::uploadDate).reversed())
                    .map(v -> details(v.id()).orElseThrow().withTimestamps(List.of())).toList();
        }

        @Override
        public Map<VideoId, List<VideoDetails.StoredTimestamp>> timestampsOf(UserId owner, List<VideoId> videoIds) {
            Map<VideoId, List<VideoDetails.StoredTimestamp>> found = new HashMap<>();
            videoIds.forEach(id -> found.put(id, details(owner, id).map(VideoDetails::timestamps).orElse(List.of())));
            return found;
        }

        @Override
        public Optional<VideoDetails.StoredTimestamp> addTimestamp(UserId owner, VideoId videoId, VideoTimestamp timestamp, Instant now) {
            if (findById(owner, videoId).isEmpty()) {
                return Optional.empty();
            }
            addTimestamps(videoId, List.of(timestamp), now);
            return Optional.of(new VideoDetails.StoredTimestamp(timestamps.get(videoId).size(), timestamp.offsetSec(), timestamp.label()));
        }

        @Override
        public boolean deleteTimestamp(UserId owner, VideoId videoId, long timestampId) {
            if (findById(owner, videoId).isEmpty()) {
                return false;
            }
            List<VideoTimestamp> stamps = timestamps.getOrDefault(videoId, new ArrayList<>());
            if (timestampId < 1 || timestampId > stamps.size()) {
                return false;
            }
            stamps.remove((int) timestampId - 1);
            return true;
        }

        private List<Video> completeInOrder(UserId userId) {
            return videos.values().stream().filter(v -> v.ownedBy(userId) && v.status() == VideoStatus.COMPLETE).toList();
        }

        private boolean move(VideoId id, VideoStatus to, Instant now) {
            Video video = videos.get(id);
            if (video == null || !video.status().canMoveTo(to)) {
                return false;
            }
            videos.put(id, video.movedTo(to));
            statusChanged.put(id, now);
            return true;
        }
    };

    public final EncodingJobs encodingJobs = jobs::add;

    public final InMemoryEncodingAttempts encodingAttempts = new InMemoryEncodingAttempts(this);

    /** A video of that day in the given state, as if an earlier upload made it. */
    public Video existingVideo(UserId userId, LocalDate date, VideoStatus status) {
        Video video = new Video(new VideoId(nextVideoId++), userId, date, status, "old/source", "users/" + userId + "/videos/old/",
                Instant.EPOCH);
        videos.put(video.id(), video);
        return video;
    }
}
