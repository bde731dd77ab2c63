package com.harufilm.application.upload;

import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import java.time.Clock;

/** Finds the caller's open upload; anything else, someone else's included, is UPLOAD_NOT_FOUND so ids cannot be probed. */
final class OwnedUploads {

    private final UploadSessions sessions;
    private final Clock clock;

    OwnedUploads(UploadSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    UploadSession open(UserId caller, UploadId id) {
        return sessions.find(caller, id)
                .filter(session -> session.ownedBy(caller) && session.isOpenAt(clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /** As {@link #open}, or completed: what the store held of it is still worth telling. */
    UploadSession openOrCompleted(UserId caller, UploadId id) {
        return sessions.find(caller, id)
                .filter(session -> session.ownedBy(caller)
                        && (session.state() == UploadState.COMPLETED || session.isOpenAt(clock.instant())))
                .orElseThrow(() -> notFound(id));
    }

    static UploadNotFound notFound(UploadId id) {
        return new UploadNotFound("upload " + id + " not found (unknown, aborted or expired)");
    }
}
