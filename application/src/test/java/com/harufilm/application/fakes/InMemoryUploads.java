package com.harufilm.application.fakes;

import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upload sessions, the videos they make, and queued encoding jobs, in memory. */
public final class InMemoryUploads {

    public final Map<UploadId, UploadSession> sessions = new LinkedHashMap<>();
    public final InMemoryVideos videos = new InMemoryVideos();
    public final List<EncodingJob> jobs = new ArrayList<>();

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

    public final EncodingJobs encodingJobs = jobs::add;

    public final InMemoryEncodingAttempts encodingAttempts = new InMemoryEncodingAttempts(videos);
}
