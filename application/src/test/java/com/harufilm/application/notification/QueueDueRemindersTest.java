package com.harufilm.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.diary.GetTodayQuestions;
import com.harufilm.application.fakes.InMemoryNotificationLog;
import com.harufilm.application.fakes.InMemoryReminderSchedule;
import com.harufilm.application.fakes.InMemoryUploads;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.user.UpdateMyProfile;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserLocale;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evening reminder's tick, with an injected clock, over the in-memory ports, through to the push sender. */
class QueueDueRemindersTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // UTC+14, first to reach a date
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");   // UTC-11, among the last

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryUploads uploads = new InMemoryUploads();
    private final InMemoryNotificationLog log = new InMemoryNotificationLog(devices);
    private final InMemoryReminderSchedule schedule = new InMemoryReminderSchedule(users, devices, uploads);
    private final QuestionBank bank = new QuestionBank() {
        @Override
        public int size() {
            return 9;
        }

        @Override
        public List<Question> byIds(List<Integer> ids) {
            return ids.stream().map(id -> new Question(id, "질문 " + id, "question " + id)).toList();
        }
    };
    private final QueueDueReminders queue = new QueueDueReminders(schedule, log, bank,
            new DirectTransactions(), clock);

    /** Every message the push service got, with the instant it got it. */
    private record Pushed(PushMessage message, Instant at) {
    }

    private final List<Pushed> pushed = new ArrayList<>();
    private final PushSender fcm = messages -> {
        messages.forEach(message -> pushed.add(new Pushed(message, clock.instant())));
        return messages.stream().map(m -> new PushResult(m.token(), Outcome.SENT)).toList();
    };
    private final DispatchNotices dispatch = new DispatchNotices(log, devices, fcm, clock);

    private User user(String name, ZoneId zone) {
        User user = users.insertOrGet(NewUser.withDefaults(null, name + "@example.com", name, null, zone), clock.instant());
        devices.register(user.id(), name + "-phone", Platform.ANDROID, clock.instant());
        return user;
    }

    /** What the scheduler does each minute: queue what is due, then send it. */
    private void tickEveryMinuteFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofMinutes(1));
            queue.queue();
            dispatch.dispatch(() -> true);
        }
    }

    private List<Pushed> to(String token) {
        return pushed.stream().filter(p -> p.message().token().equals(token)).toList();
    }

    private static LocalDateTime local(Pushed pushed, ZoneId zone) {
        return LocalDateTime.ofInstant(pushed.at(), zone);
    }

    @Test
    void eachSideOfTheDateLineIsRemindedOnceAt20OnEachOfItsOwnDates() {
        user("kiri", KIRITIMATI);
        user("pago", PAGO_PAGO);
        user("mina", SEOUL);

        tickEveryMinuteFor(Duration.ofDays(3));

        for (var expected : Map.of("kiri", KIRITIMATI, "pago", PAGO_PAGO, "mina", SEOUL).entrySet()) {
            List<Pushed> reminders = to(expected.getKey() + "-phone");
            ZoneId zone = expected.getValue();
            assertEquals(reminders.stream().map(p -> local(p, zone).toLocalDate()).distinct().count(), reminders.size(),
                    "one a local day for " + expected.getKey());
            assertTrue(reminders.size() >= 2, expected.getKey() + " got " + reminders.size());
            for (Pushed reminder : reminders) {
                assertEquals(LocalTime.of(20, 0), local(reminder, zone).toLocalTime().withSecond(0), "sent in the minute it was due");
                assertEquals(local(reminder, zone).toLocalDate().toString(), reminder.message().data().get("date"));
                assertEquals("DAILY_REMINDER", reminder.message().data().get("type"));
                assertEquals("reminder:" + users.findByEmail(expected.getKey() + "@example.com").orElseThrow().id() + ":"
                        + reminder.message().data().get("date"), reminder.message().collapseKey());
            }
        }
        // The same date's reminder reaches Kiritimati a day and an hour before Pago Pago.
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), sentFor("kiri-phone", "2026-11-27"));
        assertEquals(Instant.parse("2026-11-28T07:00:00Z"), sentFor("pago-phone", "2026-11-27"));
    }

    @Test
    void whoFilmedTheirTodaySkipsItWhateverTheUtcDateSays() {
        User kiri = user("kiri", KIRITIMATI);
        User pago = user("pago", PAGO_PAGO);
        // The 28th in Kiritimati is mostly the 27th in UTC; a failed video does not count as filmed.
        uploads.videos.existing(kiri.id(), LocalDate.of(2026, 11, 28), VideoStatus.ENCODING);
        uploads.videos.existing(pago.id(), LocalDate.of(2026, 11, 28), VideoStatus.FAILED);

        tickEveryMinuteFor(Duration.ofDays(3));

        assertEquals(List.of("2026-11-27", "2026-11-29"), dates(to("kiri-phone")));
        assertEquals(List.of("2026-11-26", "2026-11-27", "2026-11-28"), dates(to("pago-phone")));
    }

    @Test
    void anUnfinishedUploadForTheDayAsksToFinishItWithItsUploadId() {
        User mina = user("mina", SEOUL);
        UploadSession open = uploads.uploadSessions.insert(new NewUploadSession(mina.id(), LocalDate.of(2026, 11, 27), "store-1",
                "users/1/uploads/x", "day.mp4", "video/mp4", PartPlan.of(10 * PartPlan.MiB, 5 * PartPlan.MiB, 8 * PartPlan.MiB),
                clock.instant(), clock.instant().plus(Duration.ofDays(1))));

        tickEveryMinuteFor(Duration.ofHours(12));

        PushMessage reminder = to("mina-phone").getFirst().message();
        assertEquals("FINISH_UPLOAD", reminder.data().get("type"));
        assertEquals(open.id().toString(), reminder.data().get("uploadId"));
        assertEquals("2026-11-27", reminder.data().get("date"));
        assertEquals("업로드가 아직 끝나지 않았어요", reminder.title());
    }

    @Test
    void theReminderCarriesTheDaysQuestionsInTheUsersLanguage() {
        User june = user("june", SEOUL);
        users.updateProfile(june.withProfile(new ProfileChange(null, null, null, null, UserLocale.EN)), clock.instant());
        var expected = new GetTodayQuestions(users, bank, clock).on(LocalDate.of(2026, 11, 27), UserLocale.EN).questions();

        tickEveryMinuteFor(Duration.ofHours(12));

        PushMessage reminder = to("june-phone").getFirst().message();
        assertEquals("How was your day?", reminder.title());
        assertEquals(expected.stream().map(q -> String.valueOf(q.id())).collect(Collectors.joining(",")), reminder.data().get("questionIds"));
        assertEquals(expected.stream().map(Question::english).collect(Collectors.joining("\n")), reminder.data().get("questions"));
        assertTrue(reminder.body().endsWith(expected.getFirst().english()));
    }

    @Test
    void aLateTickCatchesUpTheLastTenMinutesButNeverOlderReminders() {
        user("mina", SEOUL);
        user("kiri", KIRITIMATI);
        queue.queue(); // schedules both: Seoul at 11:00Z on the 27th, Kiritimati at 06:00Z on the 27th

        clock.advance(Duration.ofHours(11).plusMinutes(9)); // 20:09 in Seoul; Kiritimati's 20:00 was 5 h ago
        queue.queue();
        dispatch.dispatch(() -> true);

        assertEquals(1, to("mina-phone").size(), "nine minutes late still reminds");
        assertEquals(List.of(), to("kiri-phone"), "five hours late is the middle of the night: skipped");
        assertEquals(Instant.parse("2026-11-28T06:00:00Z"), schedule.next.get(users.findByEmail("kiri@example.com").orElseThrow().id())
                .toInstant(), "and moved on to the next day");
    }

    @Test
    void anotherTimeTheSameDayDoesNotRemindTwice() {
        User mina = user("mina", SEOUL);
        var update = new UpdateMyProfile(users, schedule, new DirectTransactions(), clock);
        tickEveryMinuteFor(Duration.ofHours(11).plusMinutes(5)); // 20:05 in Seoul: today's reminder went out

        update.update(mina.id(), new ProfileChange(null, null, LocalTime.of(21, 0), null, null));
        tickEveryMinuteFor(Duration.ofHours(2));

        assertEquals(1, to("mina-phone").size());
        assertEquals(LocalTime.of(21, 0), schedule.next.get(mina.id()).toLocalTime(), "tomorrow at the new time");
    }

    @Test
    void remindersOffMeansNoneUntilTheyAreOnAgain() {
        User mina = user("mina", SEOUL);
        var update = new UpdateMyProfile(users, schedule, new DirectTransactions(), clock);
        update.update(mina.id(), new ProfileChange(null, null, null, false, null));

        tickEveryMinuteFor(Duration.ofDays(1));
        update.update(mina.id(), new ProfileChange(null, null, null, true, null));
        tickEveryMinuteFor(Duration.ofDays(1));

        assertEquals(List.of("2026-11-28"), dates(to("mina-phone")));
    }

    @Test
    void noDeviceNoNoticeButTheScheduleStillMovesOn() {
        User mina = users.insertOrGet(NewUser.withDefaults(null, "mina@example.com", null, null, SEOUL), clock.instant());

        tickEveryMinuteFor(Duration.ofHours(12));

        assertEquals(List.of(), log.recorded());
        assertEquals(Instant.parse("2026-11-28T11:00:00Z"), schedule.next.get(mina.id()).toInstant());
    }

    @Test
    void aSendCutShortGoesOutAgainWithTheSameCollapseKeyAndNoNewNotice() {
        User mina = user("mina", SEOUL);
        queue.queue();
        clock.advance(Duration.ofHours(11));
        queue.queue();
        PushSender crashing = messages -> {
            messages.forEach(message -> pushed.add(new Pushed(message, clock.instant())));
            throw new IllegalStateException("the process died before FCM answered");
        };
        assertThrows(IllegalStateException.class, () -> new DispatchNotices(log, devices, crashing, clock).dispatch(() -> true));

        clock.advance(Duration.ofMinutes(1));
        queue.queue();
        dispatch.dispatch(() -> true);

        assertEquals(1, log.recorded().size());
        assertEquals(2, to("mina-phone").size());
        assertEquals(List.of("reminder:" + mina.id() + ":2026-11-27"),
                to("mina-phone").stream().map(p -> p.message().collapseKey()).distinct().toList(), "the device shows one");
    }

    private Instant sentFor(String token, String date) {
        return to(token).stream().filter(p -> p.message().data().get("date").equals(date)).findFirst().orElseThrow().at()
                .truncatedTo(ChronoUnit.MINUTES);
    }

    private static List<String> dates(List<Pushed> pushed) {
        return pushed.stream().map(p -> p.message().data().get("date")).toList();
    }
}
