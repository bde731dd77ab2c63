package com.harufilm.domain.video;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/** A day's video: its source object, where its encoded outputs go, and how far encoding got. */
public record Video(
        VideoId id, UserId userId, LocalDate uploadDate, VideoStatus status, String sourceKey, String outputPrefix, Instant createdAt) {

    /** The one ownership check: whether this video is the user's own. */
    public boolean ownedBy(UserId user) {
        return userId.equals(user);
    }

    /** This video in status {@code next}; throws when {@link VideoStatus#canMoveTo} forbids the move. */
    public Video movedTo(VideoStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("video " + id + " cannot move from " + status + " to " + next);
        }
        return new Video(id, userId, uploadDate, next, sourceKey, outputPrefix, createdAt);
    }
}
