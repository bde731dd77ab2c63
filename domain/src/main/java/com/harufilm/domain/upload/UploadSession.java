package com.harufilm.domain.upload;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One resumable upload of a day's video: an S3 multipart upload we track ourselves. */
public record UploadSession(
        UploadId id,
        UserId userId,
        LocalDate uploadDate,
        String storeUploadId,
        String objectKey,
        String fileName,
        String contentType,
        PartPlan plan,
        UploadState state,
        @Nullable VideoId videoId,
        Instant createdAt,
        Instant expiresAt) {

    /** The one ownership check: whether this session is the user's own. */
    public boolean ownedBy(UserId user) {
        return userId.equals(user);
    }

    /** Whether parts may still arrive and the upload may complete: ACTIVE and not yet expired. */
    public boolean isOpenAt(Instant now) {
        return state == UploadState.ACTIVE && now.isBefore(expiresAt);
    }

    /** Whether the session is still ACTIVE although its time is up, so the sweep ends it EXPIRED. */
    public boolean isOverdueAt(Instant now) {
        return state == UploadState.ACTIVE && !now.isBefore(expiresAt);
    }

    /** This session in state {@code next} (naming the video it became, if any); throws when {@link UploadState#canMoveTo} forbids it. */
    public UploadSession movedTo(UploadState next, @Nullable VideoId video) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("upload " + id + " cannot move from " + state + " to " + next);
        }
        return new UploadSession(id, userId, uploadDate, storeUploadId, objectKey, fileName, contentType, plan, next,
                video != null ? video : videoId, createdAt, expiresAt);
    }
}
