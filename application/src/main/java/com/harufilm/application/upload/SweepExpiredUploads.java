package com.harufilm.application.upload;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.MultipartUploads.PendingUpload;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadOutcomes;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Ends uploads nobody finished by their expiry and removes their parts (and any object assembled
 * for them); then, belt and braces, aborts multipart uploads the store has open that no live
 * session knows (a crash between opening one and recording it, an abort the store refused).
 */
public final class SweepExpiredUploads {

    private static final System.Logger log = System.getLogger(SweepExpiredUploads.class.getName());
    private static final int BATCH = 100;
    /** Younger orphans may be an initiate still recording its session. */
    private static final Duration ORPHAN_MIN_AGE = Duration.ofHours(1);

    /** How many sessions expired and how many stray store uploads went this round. */
    public record Swept(int expired, int orphans) {
    }

    private final UploadSessions sessions;
    private final MultipartUploads multipart;
    private final String uploadPrefix;
    private final Notices notices;
    private final UploadOutcomes outcomes;
    private final Transactions transactions;
    private final UploadEndings endings;
    private final Clock clock;

    public SweepExpiredUploads(UploadSessions sessions, MultipartUploads multipart, ObjectDeletions deletions, String uploadPrefix,
                               Notices notices, UploadOutcomes outcomes, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.multipart = multipart;
        this.uploadPrefix = uploadPrefix;
        this.notices = notices;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.endings = new UploadEndings(sessions, deletions, multipart);
        this.clock = clock;
    }

    public Swept sweep() {
        Instant now = clock.instant();
        int expired = 0;
        for (UploadSession session : sessions.findExpired(now, BATCH)) {
            if (tryTo("expire upload " + session.id(), () -> expire(session, now))) {
                expired++;
            }
        }
        int orphans = 0;
        for (PendingUpload pending : strayCandidates()) {
            if (pending.initiated().isBefore(now.minus(ORPHAN_MIN_AGE))
                    && tryTo("abort stray upload " + pending.key(), () -> abortIfStray(pending))) {
                orphans++;
            }
        }
        if (expired + orphans > 0) {
            log.log(Level.INFO, "upload sweep expired={0} orphans={1}", expired, orphans);
        }
        return new Swept(expired, orphans);
    }

    private boolean expire(UploadSession session, Instant now) {
        // Ended, queued for removal and noticed together: a crash between them would lose the notice for good.
        boolean ended = transactions.inTransaction(() -> {
            boolean ending = endings.end(session, UploadState.EXPIRED, now);
            if (ending) {
                notices.uploadExpired(session.userId(), session.id(), session.uploadDate());
            }
            return ending;
        });
        if (ended) {
            outcomes.expired();
            endings.dropParts(session);
        }
        return ended;
    }

    private boolean abortIfStray(PendingUpload pending) {
        if (sessions.isActive(pending.key())) {
            return false;
        }
        multipart.abortMultipartUpload(pending.key(), pending.storeUploadId());
        return true;
    }

    private List<PendingUpload> strayCandidates() {
        try {
            return multipart.listPendingUploads(uploadPrefix);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not list the store's open uploads; trying again next round", e);
            return List.of();
        }
    }

    /** One item failing (store or database away) is logged and retried next round; the others still go. */
    private static boolean tryTo(String what, BooleanSupplier work) {
        try {
            return work.getAsBoolean();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not " + what + "; trying again next round", e);
            return false;
        }
    }
}
