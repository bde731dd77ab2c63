package com.harufilm.application.user;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Deletes the caller and everything of theirs. Rows go at once, in one transaction with the
 * request to remove the stored objects under the user's prefix, which a sweeper carries out; the
 * user's open uploads are aborted in the store right after, so no part URL given out before can
 * store anything.
 */
public final class DeleteMyAccount {

    private static final System.Logger log = System.getLogger(DeleteMyAccount.class.getName());

    private final UserRepository users;
    private final UploadSessions uploads;
    private final ObjectDeletions objectDeletions;
    private final MultipartUploads multipart;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteMyAccount(UserRepository users, UploadSessions uploads, ObjectDeletions objectDeletions, MultipartUploads multipart,
                           Transactions transactions, Clock clock) {
        this.users = users;
        this.uploads = uploads;
        this.objectDeletions = objectDeletions;
        this.multipart = multipart;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void delete(UserId caller) {
        List<UploadSession> open = transactions.inTransaction(() -> {
            // Locked like an initiate locks it: no upload can open between this read and the delete.
            if (users.lock(caller).isEmpty()) {
                throw new UserNotFound("user " + caller + " not found");
            }
            List<UploadSession> active = uploads.activeOf(caller);
            objectDeletions.enqueuePrefix(caller.objectPrefix(), clock.instant());
            users.delete(caller);
            return active;
        });
        for (UploadSession session : open) {
            try {
                multipart.abortMultipartUpload(session.objectKey(), session.storeUploadId());
            } catch (RuntimeException e) {
                // The queued removal of the user's prefix aborts what is open under it, and retries.
                log.log(Level.WARNING, "could not abort upload " + session.id() + " of deleted user " + caller, e);
            }
        }
    }
}
