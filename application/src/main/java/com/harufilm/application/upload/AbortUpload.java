package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import java.time.Clock;

/** Gives up an upload: its parts leave the store and the session ends. */
public final class AbortUpload {

    private final OwnedUploads uploads;
    private final UploadSessions sessions;
    private final ObjectStore store;
    private final Clock clock;

    public AbortUpload(UploadSessions sessions, ObjectStore store, Clock clock) {
        this.uploads = new OwnedUploads(sessions, clock);
        this.sessions = sessions;
        this.store = store;
        this.clock = clock;
    }

    public void abort(UserId caller, UploadId uploadId) {
        UploadSession session = uploads.open(caller, uploadId);
        // Store first: if it fails the session stays ACTIVE and the abort can be retried.
        store.abortMultipartUpload(session.objectKey(), session.storeUploadId());
        if (!sessions.end(session.id(), UploadState.ABORTED, clock.instant())) {
            throw OwnedUploads.notFound(uploadId);
        }
    }
}
