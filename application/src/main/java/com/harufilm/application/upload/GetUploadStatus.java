package com.harufilm.application.upload;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.util.List;

/**
 * What the store actually holds of an upload, so an app that lost its local state (or was
 * reinstalled) resumes with the missing parts only.
 */
public final class GetUploadStatus {

    /** The session with the parts the store has. */
    public record UploadStatus(UploadSession session, List<StoredPart> uploadedParts) {
    }

    private final OwnedUploads uploads;
    private final MultipartUploads multipart;

    public GetUploadStatus(UploadSessions sessions, MultipartUploads multipart, Clock clock) {
        this.uploads = new OwnedUploads(sessions, clock);
        this.multipart = multipart;
    }

    public UploadStatus status(UserId caller, UploadId uploadId) {
        UploadSession session = uploads.open(caller, uploadId);
        return new UploadStatus(session, multipart.listParts(session.objectKey(), session.storeUploadId()));
    }
}
