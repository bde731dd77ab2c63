package com.harufilm.adapters.web.upload;

import com.harufilm.adapters.web.ClientDates;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.MissingUploadData;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.upload.UploadId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The upload routes' bodies and parameters as clients send them, and their parsing into domain values. */
final class UploadRequests {

    private UploadRequests() {
    }

    record Initiate(@Nullable String uploadDate, @Nullable String fileName, @Nullable String contentType, @Nullable Long fileSize,
                    @Nullable Integer partSize) {
    }

    record Part(@Nullable Integer partNumber, @Nullable String etag) {
    }

    record Timestamp(@Nullable Double offsetSec, @Nullable String label) {
    }

    record Complete(@Nullable String uploadId, @Nullable List<Part> parts, @Nullable List<Timestamp> timestamps) {
    }

    record Abort(@Nullable String uploadId) {
    }

    static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : ClientDates.day("uploadDate", text);
    }

    /** Ids are opaque to clients: one that cannot be ours is simply not found. */
    static UploadId uploadId(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new MissingUploadData("uploadId is required");
        }
        try {
            return new UploadId(Long.parseLong(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new UploadNotFound("upload " + text + " not found");
        }
    }

    static int partNumber(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new MissingUploadData("partNumber is required");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidUploadPart("partNumber must be a whole number, not " + text);
        }
    }
}
