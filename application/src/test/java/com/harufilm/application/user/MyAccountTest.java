package com.harufilm.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.InMemoryReminderSchedule;
import com.harufilm.application.fakes.InMemoryUploads;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MyAccountTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T11:00:00Z"), ZoneOffset.UTC);
    private final InMemoryUsers users = new InMemoryUsers();
    private final DirectTransactions transactions = new DirectTransactions();
    private final User mina = users.insertOrGet(
            NewUser.withDefaults(null, "mina@example.com", "Mina", null, ZoneId.of("Asia/Seoul")), clock.instant());

    @Test
    void aPatchChangesOnlyTheFieldsItNames() {
        User changed = new UpdateMyProfile(users, new InMemoryReminderSchedule(users, new InMemoryDevices(), new InMemoryUploads()), transactions, clock)
                .update(mina.id(), new ProfileChange(null, ZoneId.of("Europe/Berlin"), LocalTime.of(21, 30), null, UserLocale.EN));

        assertEquals("Mina", changed.name());
        assertEquals(ZoneId.of("Europe/Berlin"), changed.timezone());
        assertEquals(LocalTime.of(21, 30), changed.reminderTime());
        assertTrue(changed.remindersEnabled());
        assertEquals(UserLocale.EN, changed.locale());
        assertEquals(changed, new GetMyProfile(users).get(mina.id()));
    }

    @Test
    void aBlankNameIsRefused() {
        var refused = assertThrows(InvalidRequest.class, () -> new ProfileChange(" ", null, null, null, null));

        assertEquals("name", refused.field());
    }

    @Test
    void deletingTheAccountRemovesTheUserAndQueuesTheirObjects() {
        var deletions = new RecordedObjectDeletions();

        new DeleteMyAccount(users, new InMemoryUploads().uploadSessions, deletions, new InMemoryObjectStore(clock), transactions, clock)
                .delete(mina.id());

        assertTrue(users.findById(mina.id()).isEmpty());
        assertEquals(java.util.List.of("users/" + mina.id() + "/"), deletions.prefixes);
        assertThrows(UserNotFound.class, () -> new GetMyProfile(users).get(mina.id()));
    }

    @Test
    void deletingAnAccountThatIsGoneIsUserNotFound() {
        assertThrows(UserNotFound.class, () -> new DeleteMyAccount(users, new InMemoryUploads().uploadSessions,
                new RecordedObjectDeletions(), new InMemoryObjectStore(clock), transactions, clock).delete(new UserId(99)));
    }

    @Test
    void deletingTheAccountAbortsItsOpenUploadsInTheStoreAtOnce() {
        var data = new InMemoryUploads();
        var store = new InMemoryObjectStore(clock);
        String open = openUpload(data, store, "users/" + mina.id() + "/videos/aaaaaaaaaaaaaaaa/source");
        String refusing = openUpload(data, store, "users/" + mina.id() + "/videos/bbbbbbbbbbbbbbbb/source");
        store.failingAborts.add(refusing);

        new DeleteMyAccount(users, data.uploadSessions, new RecordedObjectDeletions(), store, transactions, clock).delete(mina.id());

        assertFalse(store.isOpen(open), "a part URL given out before stores nothing now");
        assertTrue(users.findById(mina.id()).isEmpty(), "a store that refuses an abort does not stop the deletion");
        store.failingAborts.clear();
        store.deletePrefix("users/" + mina.id() + "/");
        assertFalse(store.isOpen(refusing), "the queued removal of the user's prefix takes what the abort left");
    }

    private String openUpload(InMemoryUploads data, InMemoryObjectStore store, String key) {
        String storeUploadId = store.startMultipartUpload(key, "video/mp4");
        data.uploadSessions.insert(new NewUploadSession(mina.id(), java.time.LocalDate.of(2026, 11, 28), storeUploadId, key, "a.mp4",
                "video/mp4", com.harufilm.domain.upload.PartPlan.of(1024, null, 8 * 1024 * 1024), clock.instant(),
                clock.instant().plusSeconds(3600)));
        return storeUploadId;
    }
}
