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

    /** Whether parts may still arrive and the upload may complete. */
    public boolean isOpen(Instant now) {
        return state == UploadState.ACTIVE && now.isBefore(expiresAt);
    }
}
