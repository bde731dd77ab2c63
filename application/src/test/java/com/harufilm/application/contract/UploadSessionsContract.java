package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What UploadSessions promises, run on every database the product supports and on the fake. */
public abstract class UploadSessionsContract<P extends ContractPorts> extends PortContract<P> {

    protected static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    // Far enough that only findExpired's own sessions have expired by NOW.
    protected static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    /** Where the store keeps it: when the session ended (the port answers only its state). */
    protected void assertFinishedAt(UploadId id, Instant at) {
    }

    protected UploadSessions sessions() {
        return ports.uploadSessions();
    }

    protected NewUploadSession newSession(UserId user, Instant expiresAt) {
        String name = unique("");
        return new NewUploadSession(user, DAY, "store-" + name, "users/" + user + "/videos/" + name + "/source",
                "하루 " + name + ".mp4", "video/mp4", new PartPlan(12 * PartPlan.MiB + 1, 5 * PartPlan.MiB, 3), NOW, expiresAt);
    }

    protected UploadSession started() {
        return sessions().insert(newSession(newUser().id(), TOMORROW));
    }

    @Test
    void anInsertedSessionComesBackWithEveryField() {
        UserId user = newUser().id();
        NewUploadSession fresh = newSession(user, TOMORROW);

        UploadSession session = sessions().insert(fresh);

        assertEquals(toTheSecond(new UploadSession(session.id(), user, DAY, fresh.storeUploadId(), fresh.objectKey(), fresh.fileName(),
                fresh.contentType(), fresh.plan(), UploadState.ACTIVE, null, NOW, TOMORROW)), toTheSecond(session));
        assertEquals(Optional.of(session), sessions().find(session.userId(), session.id()));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertEquals(Optional.empty(), sessions().find(newUser().id(), new UploadId(Long.MAX_VALUE)));
        assertEquals(Optional.empty(), ports.transactions().inTransaction(
                () -> sessions().lock(new UserId(Long.MAX_VALUE), new UploadId(Long.MAX_VALUE))));
    }

    @Test
    void aCompletedSessionNamesItsVideo() {
        UploadSession session = started();
        Video video = ports.videos().insertPending(session.userId(), DAY, session.objectKey(), "prefix/", NOW);

        sessions().markCompleted(session.userId(), session.id(), video.id(), NOW.plusSeconds(5));

        UploadSession completed = sessions().find(session.userId(), session.id()).orElseThrow();
        assertEquals(UploadState.COMPLETED, completed.state());
        assertEquals(video.id(), completed.videoId());
        assertFinishedAt(session.id(), NOW.plusSeconds(5));
    }

    @Test
    void anActiveSessionEndsOnce() {
        UploadSession session = started();

        assertTrue(sessions().end(session.userId(), session.id(), UploadState.ABORTED, NOW.plusSeconds(5)));
        assertFalse(sessions().end(session.userId(), session.id(), UploadState.EXPIRED, NOW.plusSeconds(6)));

        assertEquals(UploadState.ABORTED, sessions().find(session.userId(), session.id()).orElseThrow().state());
        assertFinishedAt(session.id(), NOW.plusSeconds(5));
        assertThrows(IllegalArgumentException.class, () -> sessions().end(session.userId(), session.id(), UploadState.COMPLETED, NOW));
    }

    @Test
    void onlyActiveSessionsPastTheirExpiryAreExpiredOldestFirst() {
        UserId user = newUser().id();
        UploadSession later = sessions().insert(newSession(user, NOW.minus(Duration.ofMinutes(10))));
        UploadSession older = sessions().insert(newSession(user, NOW.minus(Duration.ofMinutes(20))));
        sessions().insert(newSession(user, NOW.plus(Duration.ofHours(2))));
        UploadSession aborted = sessions().insert(newSession(user, NOW.minus(Duration.ofMinutes(30))));
        sessions().end(user, aborted.id(), UploadState.ABORTED, NOW);

        assertEquals(List.of(older, later), sessions().findExpired(NOW, 10));
        assertEquals(List.of(older), sessions().findExpired(NOW, 1));
    }

    @Test
    void aKeyIsActiveUntilItsSessionEnds() {
        UploadSession session = started();
        assertTrue(sessions().isActive(session.objectKey()));

        sessions().end(session.userId(), session.id(), UploadState.EXPIRED, NOW);

        assertFalse(sessions().isActive(session.objectKey()));
        assertFalse(sessions().isActive(unique("users/nobody/")));
    }

    @Test
    void aSessionIsLockedInsideATransaction() {
        UploadSession session = started();

        Optional<UploadSession> locked = ports.transactions().inTransaction(() -> sessions().lock(session.userId(), session.id()));

        assertEquals(Optional.of(session), locked);
    }

    @Test
    void anotherOwnerFindsLocksAndChangesNothing() {
        UploadSession session = started();
        UserId stranger = newUser().id();
        Video video = ports.videos().insertPending(session.userId(), DAY, session.objectKey(), "prefix/", NOW);

        assertEquals(Optional.empty(), sessions().find(stranger, session.id()));
        assertEquals(Optional.empty(), ports.transactions().inTransaction(() -> sessions().lock(stranger, session.id())));
        assertFalse(sessions().end(stranger, session.id(), UploadState.ABORTED, NOW));
        sessions().markCompleted(stranger, session.id(), video.id(), NOW);

        assertEquals(Optional.of(session), sessions().find(session.userId(), session.id()));
    }

    @Test
    void anOwnersActiveSessionsAreListedOldestFirstExpiredOnesIncluded() {
        UserId user = newUser().id();
        UploadSession expired = sessions().insert(newSession(user, NOW.minus(Duration.ofMinutes(10))));
        UploadSession open = sessions().insert(newSession(user, TOMORROW));
        UploadSession aborted = sessions().insert(newSession(user, TOMORROW));
        sessions().end(user, aborted.id(), UploadState.ABORTED, NOW);
        started();

        List<UploadSession> active = sessions().activeOf(user);
        // Ended again so that findExpired's own test sees only its sessions.
        sessions().end(user, expired.id(), UploadState.EXPIRED, NOW);

        assertEquals(List.of(expired, open), active);
        assertEquals(List.of(), sessions().activeOf(newUser().id()));
    }

    /** Connector/J drops fractions of a second on MariaDB 10, so sessions compare to the second. */
    protected static UploadSession toTheSecond(UploadSession s) {
        return new UploadSession(s.id(), s.userId(), s.uploadDate(), s.storeUploadId(), s.objectKey(), s.fileName(), s.contentType(),
                s.plan(), s.state(), s.videoId(), s.createdAt().truncatedTo(ChronoUnit.SECONDS), s.expiresAt().truncatedTo(ChronoUnit.SECONDS));
    }
}
