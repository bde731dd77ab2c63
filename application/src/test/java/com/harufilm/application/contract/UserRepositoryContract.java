package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.UserRepository;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What UserRepository promises, run on every database the product supports and on the fake. */
public abstract class UserRepositoryContract<P extends ContractPorts> extends PortContract<P> {

    protected UserRepository users() {
        return ports.users();
    }

    /** Where the store can show it: one account holds this address or this subject, not two. */
    protected void assertStoredOnce(@Nullable String email, @Nullable String googleSubject) {
    }

    /** Where the store can show it: no row of the deleted user's devices or logins is left. */
    protected void assertNothingLeftOf(UserId user) {
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
    void creatingTheSameAccountTwiceAnswersTheFirst() {
        String email = uniqueEmail();
        User first = users().insertOrGet(account(null, email), NOW);
        String subject = unique("google-");
        User google = users().insertOrGet(account(subject, uniqueEmail()), NOW);

        assertEquals(first, users().insertOrGet(account(null, email), NOW.plusSeconds(60)));
        assertEquals(google, users().insertOrGet(account(subject, uniqueEmail()), NOW.plusSeconds(60)));
        assertStoredOnce(email, null);
        assertStoredOnce(null, subject);
    }

    @Test
    void aUserIsLockedInsideATransactionAndNobodyWhereNoUserIs() {
        User user = newUser();

        assertEquals(Optional.of(user), ports.transactions().inTransaction(() -> users().lock(user.id())));
        assertEquals(Optional.empty(), ports.transactions().inTransaction(() -> users().lock(new UserId(Long.MAX_VALUE))));
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
        assertStoredOnce(null, subject);
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
        ports.devices().register(user.id(), unique("fcm-"), Platform.ANDROID, NOW);
        ports.loginSessions().start(user.id(), hash, NOW, NOW.plus(Duration.ofDays(30)));

        users().delete(user.id());

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertEquals(Optional.empty(), ports.loginSessions().findByHash(hash));
        assertNothingLeftOf(user.id());
    }
}
