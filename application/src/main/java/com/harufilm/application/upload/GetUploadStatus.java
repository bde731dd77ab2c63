package com.harufilm.application.upload;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.util.List;

/**
 * What the store actually holds of an upload, so an app that lost its local state (or was
 * reinstalled) resumes with the missing parts only. An upload the store already assembled (its
 * complete died before the commit, or committed but its answer was lost) holds every part, so the
 * app sends nothing and completes again, which answers its video.
 */
public final class GetUploadStatus {

    /** The session with the parts the store has. */
    public record UploadStatus(UploadSession session, List<StoredPart> uploadedParts) {
    }

    private final OwnedUploads uploads;
    private final MultipartUploads multipart;
    private final StoreAssembly assembly;

    public GetUploadStatus(UploadSessions sessions, MultipartUploads multipart, ObjectStore store, Clock clock) {
        this.uploads = new OwnedUploads(sessions, clock);
        this.multipart = multipart;
        this.assembly = new StoreAssembly(store);
    }

    public UploadStatus status(UserId caller, UploadId uploadId) {
        UploadSession session = uploads.openOrCompleted(caller, uploadId);
        if (session.state() == UploadState.COMPLETED) {
            return new UploadStatus(session, StoreAssembly.everyPart(session));
        }
        List<StoredPart> listed = multipart.listParts(session.objectKey(), session.storeUploadId());
        return new UploadStatus(session, assembly.assembled(session, listed) ? StoreAssembly.everyPart(session) : listed);
    }
}
