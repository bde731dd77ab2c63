package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.ReminderSchedule.DueReminder;
import com.harufilm.application.port.out.ReminderSchedule.Next;
import com.harufilm.application.port.out.ReminderSchedule.Unscheduled;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import com.harufilm.domain.video.Video;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What ReminderSchedule promises, run on every database the product supports and on the fake. */
public abstract class ReminderScheduleContract<P extends ContractPorts> extends PortContract<P> {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    // NOW is 11:00Z on March 1st: 01:00 on March 2nd in Kiritimati.
    private static final ZonedDateTime DUE = ZonedDateTime.of(2026, 3, 2, 0, 30, 0, 0, KIRITIMATI);

    private ReminderSchedule schedule() {
        return ports.reminderSchedule();
    }

    private User scheduledUser(ZonedDateTime at) {
        User user = newUser();
        schedule().schedule(user.id(), at);
        return user;
    }

    private Optional<DueReminder> due(UserId user) {
        return schedule().dueBy(NOW, 10_000).stream().filter(r -> r.userId().equals(user)).findFirst();
    }

    @Test
    void aNewUserIsUnscheduledUntilScheduledOnce() {
        User user = newUser();
        User off = newUser();
        ports.users().updateProfile(off.withProfile(new ProfileChange(null, null, null, false, null)), NOW);
        ZonedDateTime first = ZonedDateTime.of(2026, 3, 1, 20, 0, 0, 0, ZoneId.of("Asia/Seoul"));

        assertTrue(schedule().unscheduled(10_000).contains(new Unscheduled(user.id(), ZoneId.of("Asia/Seoul"), LocalTime.of(20, 0))));
        assertFalse(schedule().unscheduled(10_000).stream().anyMatch(u -> u.userId().equals(off.id())), "reminders off");

        schedule().scheduleFirst(List.of(new Next(user.id(), first)));
        schedule().scheduleFirst(List.of(new Next(user.id(), first.plusDays(5))));
        schedule().scheduleFirst(List.of());

        assertFalse(schedule().unscheduled(10_000).stream().anyMatch(u -> u.userId().equals(user.id())));
        assertEquals(first.toInstant(), due(user.id()).orElseThrow().dueAt(), "the first schedule stands");
    }

    @Test
    void dueUsersComeEarliestFirstWithTheirZoneTimeLanguageAndLocalDate() {
        User later = scheduledUser(DUE);
        User earlier = scheduledUser(DUE.minusMinutes(1));
        User notYet = scheduledUser(ZonedDateTime.ofInstant(NOW.plusSeconds(60), KIRITIMATI));
        User english = ports.users().findById(later.id()).orElseThrow();
        ports.users().updateProfile(english.withProfile(new ProfileChange(null, null, null, null, UserLocale.EN)), NOW);

        List<UserId> order = schedule().dueBy(NOW, 10_000).stream().map(DueReminder::userId)
                .filter(Set.of(later.id(), earlier.id(), notYet.id())::contains).toList();

        assertEquals(List.of(earlier.id(), later.id()), order);
        DueReminder reminder = due(later.id()).orElseThrow();
        assertEquals(new DueReminder(later.id(), ZoneId.of("Asia/Seoul"), LocalTime.of(20, 0), UserLocale.EN, DUE.toInstant(),
                LocalDate.of(2026, 3, 2), false, false, null), reminder);
    }

    @Test
    void remindersOffOrUnscheduledAreNeverDue() {
        User off = scheduledUser(DUE);
        ports.users().updateProfile(off.withProfile(new ProfileChange(null, null, null, false, null)), NOW);
        User cleared = scheduledUser(DUE);
        schedule().schedule(cleared.id(), null);

        assertTrue(due(off.id()).isEmpty());
        assertTrue(due(cleared.id()).isEmpty());
    }

    @Test
    void theDueRowSaysWhatTheUserDidOnTheRemindersOwnDate() {
        LocalDate date = DUE.toLocalDate();
        User withPhone = scheduledUser(DUE);
        ports.devices().register(withPhone.id(), unique("fcm-"), Platform.ANDROID, NOW);
        User filmed = scheduledUser(DUE);
        ports.videos().insertPending(filmed.id(), date, unique("src-"), unique("out-"), NOW);
        User failed = scheduledUser(DUE);
        Video broken = ports.videos().insertPending(failed.id(), date, unique("src-"), unique("out-"), NOW);
        ports.videoEncodingState().markFailed(broken.id(), "not a video", NOW);
        User filmedAnotherDay = scheduledUser(DUE);
        ports.videos().insertPending(filmedAnotherDay.id(), date.minusDays(1), unique("src-"), unique("out-"), NOW);
        User uploading = scheduledUser(DUE);
        UploadSession open = ports.uploadSessions().insert(session(uploading.id(), date, NOW.plus(Duration.ofHours(1))));
        User expired = scheduledUser(DUE);
        ports.uploadSessions().insert(session(expired.id(), date, NOW.minusSeconds(1)));
        User aborted = scheduledUser(DUE);
        UploadSession abort = ports.uploadSessions().insert(session(aborted.id(), date, NOW.plus(Duration.ofHours(1))));
        ports.uploadSessions().end(aborted.id(), abort.id(), UploadState.ABORTED, NOW);

        assertTrue(due(withPhone.id()).orElseThrow().hasDevices());
        assertFalse(due(filmed.id()).orElseThrow().hasDevices());
        assertTrue(due(filmed.id()).orElseThrow().filmed());
        assertFalse(due(failed.id()).orElseThrow().filmed(), "a failed video does not count");
        assertFalse(due(filmedAnotherDay.id()).orElseThrow().filmed());
        assertEquals(open.id(), due(uploading.id()).orElseThrow().openUpload());
        assertNull(due(expired.id()).orElseThrow().openUpload());
        assertNull(due(aborted.id()).orElseThrow().openUpload());
    }

    @Test
    void advancingMovesOnlyWhatIsStillDue() {
        User due = scheduledUser(DUE);
        User movedMeanwhile = scheduledUser(DUE);
        ZonedDateTime changedTo = DUE.plusHours(4);
        schedule().schedule(movedMeanwhile.id(), changedTo);

        schedule().advance(List.of(new Next(due.id(), DUE.plusDays(1)), new Next(movedMeanwhile.id(), DUE.plusDays(1))), NOW);
        schedule().advance(List.of(), NOW);

        assertTrue(due(due.id()).isEmpty());
        assertEquals(DUE.plusDays(1).toInstant(), schedule().dueBy(DUE.plusDays(1).toInstant(), 10_000).stream()
                .filter(r -> r.userId().equals(due.id())).findFirst().orElseThrow().dueAt());
        DueReminder kept = schedule().dueBy(changedTo.toInstant(), 10_000).stream()
                .filter(r -> r.userId().equals(movedMeanwhile.id())).findFirst().orElseThrow();
        assertEquals(changedTo.toInstant(), kept.dueAt());
        assertEquals(changedTo.toLocalDate(), kept.date());
    }

    @Test
    void aBatchOfFirstSchedulesGivesEachUserItsOwnTimeAndDate() {
        // Honolulu is a day behind Kiritimati: the same instant, another local date.
        ZonedDateTime honolulu = DUE.withZoneSameInstant(HONOLULU);
        List<User> users = IntStream.range(0, 5).mapToObj(i -> newUser()).toList();
        schedule().schedule(users.get(4).id(), DUE.minusDays(1));

        schedule().scheduleFirst(List.of(new Next(users.get(0).id(), DUE), new Next(users.get(1).id(), honolulu),
                new Next(users.get(2).id(), DUE.minusMinutes(5)), new Next(users.get(3).id(), DUE),
                new Next(users.get(4).id(), DUE)));

        assertEquals(List.of(DUE, honolulu, DUE.minusMinutes(5), DUE, DUE.minusDays(1)), schedulesOf(users, NOW));
    }

    @Test
    void aBatchOfAdvancesMovesEachUserToItsOwnTimeAndDateIfStillDue() {
        ZonedDateTime honolulu = DUE.withZoneSameInstant(HONOLULU);
        List<User> users = List.of(scheduledUser(DUE), scheduledUser(honolulu), scheduledUser(DUE.minusMinutes(5)),
                scheduledUser(DUE), scheduledUser(DUE));
        ZonedDateTime changedTo = DUE.plusHours(4);
        schedule().schedule(users.get(4).id(), changedTo);

        schedule().advance(List.of(new Next(users.get(0).id(), DUE.plusDays(1)), new Next(users.get(1).id(), honolulu.plusDays(1)),
                new Next(users.get(2).id(), DUE.plusDays(1).minusMinutes(5)), new Next(users.get(3).id(), DUE.plusDays(1)),
                new Next(users.get(4).id(), DUE.plusDays(1))), NOW);

        assertEquals(List.of(DUE.plusDays(1), honolulu.plusDays(1), DUE.plusDays(1).minusMinutes(5), DUE.plusDays(1), changedTo),
                schedulesOf(users, DUE.plusDays(2).toInstant()));
    }

    /** Each user's schedule due by {@code by}, as the instant in the zone its stored local date is in. */
    private List<ZonedDateTime> schedulesOf(List<User> users, Instant by) {
        List<DueReminder> due = schedule().dueBy(by, 10_000);
        return users.stream()
                .map(user -> due.stream().filter(r -> r.userId().equals(user.id())).findFirst().orElseThrow())
                .map(r -> Stream.of(KIRITIMATI, HONOLULU).map(zone -> r.dueAt().atZone(zone))
                        .filter(at -> at.toLocalDate().equals(r.date())).findFirst().orElseThrow())
                .toList();
    }

    private static NewUploadSession session(UserId user, LocalDate date, Instant expiresAt) {
        String name = unique("");
        return new NewUploadSession(user, date, "store-" + name, "users/" + user + "/videos/" + name + "/source", "day.mp4",
                "video/mp4", new PartPlan(12 * PartPlan.MiB + 1, 5 * PartPlan.MiB, 3), NOW, expiresAt);
    }
}
