package com.harufilm.domain.upload;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/** An upload session about to be recorded, once the store has opened its multipart upload. */
public record NewUploadSession(
        UserId userId, LocalDate uploadDate, String storeUploadId, String objectKey, String fileName, String contentType,
        PartPlan plan, Instant createdAt, Instant expiresAt) {
}
