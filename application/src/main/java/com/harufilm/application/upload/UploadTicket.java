package com.harufilm.application.upload;

import com.harufilm.domain.upload.UploadId;
import java.time.Instant;

/** What the app needs to start putting parts: the upload, its part size and count, and when it lapses. */
public record UploadTicket(UploadId uploadId, int partSize, int partCount, Instant expiresAt) {
}
