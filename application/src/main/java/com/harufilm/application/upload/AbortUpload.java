package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadOutcomes;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/** Gives up an upload: the session ends and its parts leave the store. */
public final class AbortUpload {

    private final OwnedUploads uploads;
    private final UploadEndings endings;
    private final Transactions transactions;
    private final UploadOutcomes outcomes;
    private final Clock clock;

    public AbortUpload(UploadSessions sessions, ObjectDeletions deletions, MultipartUploads multipart, Transactions transactions,
                       UploadOutcomes outcomes, Clock clock) {
        this.uploads = new OwnedUploads(sessions, clock);
        this.endings = new UploadEndings(sessions, deletions, multipart);
        this.transactions = transactions;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public void abort(UserId caller, UploadId uploadId) {
        UploadSession session = uploads.open(caller, uploadId);
        Instant now = clock.instant();
        // The session ends first, with its parts queued for removal: a store that fails now cannot keep it open.
        if (!transactions.inTransaction(() -> endings.end(session, UploadState.ABORTED, now))) {
            throw OwnedUploads.notFound(uploadId);
        }
        outcomes.aborted();
        endings.dropParts(session);
    }
}
