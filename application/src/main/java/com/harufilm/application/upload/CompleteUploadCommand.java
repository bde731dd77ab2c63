package com.harufilm.application.upload;

import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.MissingUploadData;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.video.VideoTimestamp;
import java.util.HashSet;
import java.util.List;

/** The app's word that every part is up: each part's number and the ETag the store gave it, and any timestamps (their number is the use case's to bound). */
public record CompleteUploadCommand(UploadId uploadId, List<ClientPart> parts, List<VideoTimestamp> timestamps) {

    /** One part as the app saw its PUT answered. */
    public record ClientPart(int partNumber, String etag) {
        public ClientPart {
            if (etag == null || etag.isBlank()) {
                throw new InvalidUploadPart("part " + partNumber + " has no etag");
            }
            etag = etag.strip().replace("\"", "");
        }
    }

    public CompleteUploadCommand {
        if (parts == null || parts.isEmpty()) {
            throw new MissingUploadData("uploadId and parts are required");
        }
        if (new HashSet<>(parts.stream().map(ClientPart::partNumber).toList()).size() != parts.size()) {
            throw new InvalidUploadPart("a part number appears twice");
        }
        timestamps = timestamps == null ? List.of() : List.copyOf(timestamps);
        parts = List.copyOf(parts);
    }
}
