package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What UserRepository promises, run against every database the product supports. */
abstract class UserRepositoryContract extends PersistenceContract {

    private UserRepository users() {
        return adapters.users();
    }

    @Test
    void aNewUserIsFoundByIdEmailAndGoogleSubject() {
        String subject = unique("google-");
        NewUser account = new NewUser(subject, uniqueEmail(), "하루 필름", "https://example.com/me.png",
                ZoneId.of("Asia/Seoul"), LocalTime.of(21, 15), true, UserLocale.KO);

        User user = users().insertOrGet(account, NOW);

        assertEquals(new User(user.id(), account.email(), "하루 필름", "https://example.com/me.png",
                ZoneId.of("Asia/Seoul"), LocalTime.of(21, 15), true, UserLocale.KO, user.createdAt()), user);
        assertSameSecond(NOW, user.createdAt());
        assertEquals(Optional.of(user), users().findById(user.id()));
        assertEquals(Optional.of(user), users().findByEmail(account.email()));
        assertEquals(Optional.of(user), users().findByGoogleSubject(subject));
    }

    @Test
    void nobodyIsFoundWhereNoUserIs() {
        assertEquals(Optional.empty(), users().findById(new UserId(Long.MAX_VALUE)));
        assertEquals(Optional.empty(), users().findByEmail(uniqueEmail()));
        assertEquals(Optional.empty(), users().findByGoogleSubject(unique("google-")));
    }

    @Test
    void creatingTheSameAccountTwiceAnswersTheFirstAndKeepsOneRow() {
        String email = uniqueEmail();
        User first = users().insertOrGet(account(null, email), NOW);
        String subject = unique("google-");
        User google = users().insertOrGet(account(subject, uniqueEmail()), NOW);

        assertEquals(first, users().insertOrGet(account(null, email), NOW.plusSeconds(60)));
        assertEquals(google, users().insertOrGet(account(subject, uniqueEmail()), NOW.plusSeconds(60)));
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email = ?", email));
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE google_subject = ?", subject));
    }

    @Test
    void aCreationThatLosesARaceInsideATransactionAnswersTheWinner() {
        String email = uniqueEmail();
        adapters.transactions().run(() -> {
            // The first read fixes the transaction's snapshot (MariaDB), before the winner commits.
            assertEquals(Optional.empty(), users().findByEmail(email));
            User winner = CompletableFuture.supplyAsync(() -> users().insertOrGet(account(null, email), NOW)).join();

            assertEquals(winner, users().insertOrGet(account(null, email), NOW));
        });
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email = ?", email));
    }

    @Test
    void aUserIsLockedInsideATransactionAndNobodyWhereNoUserIs() {
        User user = newUser();

        assertEquals(Optional.of(user), adapters.transactions().inTransaction(() -> users().lock(user.id())));
        assertEquals(Optional.empty(), adapters.transactions().inTransaction(() -> users().lock(new UserId(Long.MAX_VALUE))));
    }

    @Test
    void aChangedProfileKeepsEveryField() {
        User user = newUser();
        User changed = user.withProfile(
                new ProfileChange("Mina", ZoneId.of("America/New_York"), LocalTime.of(7, 30), false, UserLocale.EN));

        users().updateProfile(changed, NOW.plus(Duration.ofDays(1)));

        assertEquals(Optional.of(changed), users().findById(user.id()));
    }

    @Test
    void aLinkedGoogleSubjectFindsTheUser() {
        User user = newUser();
        String subject = unique("google-");

        users().linkGoogleSubject(user.id(), subject, NOW);

        assertEquals(Optional.of(user), users().findByGoogleSubject(subject));
    }

    @Test
    void aLinkedSubjectIsNeverReplacedByAnother() {
        User user = newUser();
        String subject = unique("google-");

        assertTrue(users().linkGoogleSubject(user.id(), subject, NOW));
        assertTrue(users().linkGoogleSubject(user.id(), subject, NOW.plusSeconds(1)), "the same subject again");
        assertFalse(users().linkGoogleSubject(user.id(), unique("google-"), NOW.plusSeconds(2)));

        assertEquals(Optional.of(user), users().findByGoogleSubject(subject));
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE google_subject = ?", subject));
    }

    @Test
    void onlyAUserWithASubjectHasAGoogleAccount() {
        User dev = newUser();
        User google = users().insertOrGet(account(unique("google-"), uniqueEmail()), NOW);

        assertFalse(users().hasGoogleAccount(dev.id()));
        assertTrue(users().hasGoogleAccount(google.id()));
        assertFalse(users().hasGoogleAccount(new UserId(Long.MAX_VALUE)));
    }

    @Test
    void deletingAUserTakesTheirDevicesAndLoginsAlong() {
        User user = newUser();
        String hash = tokenHash();
        adapters.devices().register(user.id(), unique("fcm-"), Platform.ANDROID, NOW);
        adapters.loginSessions().start(user.id(), hash, NOW, NOW.plus(Duration.ofDays(30)));

        users().delete(user.id());

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertEquals(Optional.empty(), adapters.loginSessions().findByHash(hash));
        assertEquals(0, count("SELECT COUNT(*) FROM devices WHERE user_id = ?", user.id().value()));
        assertEquals(0, count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", user.id().value()));
    }

    @Test
    void aStatementTheDatabaseRefusesFailsAsADatabaseErrorThatShowsNoSql() {
        String subject = unique("google-");
        users().linkGoogleSubject(newUser().id(), subject, NOW);
        UserId another = newUser().id();

        var failure = assertThrows(DependencyFailure.class, () -> users().linkGoogleSubject(another, subject, NOW));

        assertEquals(ErrorCode.DATABASE_ERROR, failure.code());
        assertFalse(failure.getMessage().contains(subject) || failure.getMessage().contains("UPDATE"), failure.getMessage());
        assertNotNull(failure.getCause(), "the cause is kept for the log");
    }
}
