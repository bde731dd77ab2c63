package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.ObjectKeys;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Ends uploads that will never become a video (aborted, expired, superseded, lost) so that nothing
 * of them stays in the store: the session ends together with a queued removal of its prefix (its
 * parts, or an object assembled before the end), and the store drops the parts at once.
 */
final class UploadEndings {

    private static final System.Logger log = System.getLogger(UploadEndings.class.getName());

    private final UploadSessions sessions;
    private final ObjectDeletions deletions;
    private final MultipartUploads multipart;

    UploadEndings(UploadSessions sessions, ObjectDeletions deletions, MultipartUploads multipart) {
        this.sessions = sessions;
        this.deletions = deletions;
        this.multipart = multipart;
    }

    /** In the caller's transaction; false when the session was no longer ACTIVE (then nothing is queued: it may be a video). */
    boolean end(UploadSession session, UploadState state, Instant now) {
        boolean ended = sessions.end(session.userId(), session.id(), state, now);
        if (ended) {
            deletions.enqueuePrefix(ObjectKeys.videoPrefixOf(session.objectKey()), now);
        }
        return ended;
    }

    /** After the transaction: a store that fails is left to the queued removal, which retries until it agrees. */
    void dropParts(UploadSession session) {
        try {
            multipart.abortMultipartUpload(session.objectKey(), session.storeUploadId());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not abort upload " + session.id() + " in the store; its queued removal retries", e);
        }
    }
}
