package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.notification.DispatchNotices;
import com.harufilm.application.notification.QueueDueReminders;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserLocale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evening reminder as the API instances run it (PeriodicJobs' leases, the tick, the
 * dispatcher) on one real MariaDB, with an injected clock and a push sender that records: several
 * instances at once, one dying mid-way, a crash in the middle of a batch.
 */
class ReminderSchedulerIT {

    private static final Instant START = Instant.parse("2026-11-28T10:58:00Z");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");           // 11:00Z is 20:00 on the 28th
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // 11:00Z is 01:00 on the 29th
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");   // 11:00Z is 00:00 on the 28th

    private final MutableClock clock = new MutableClock(START);
    private final List<Pushed> pushed = Collections.synchronizedList(new ArrayList<>());
    private final List<Instance> instances = new ArrayList<>();
    private TestDatabase database;

    private record Pushed(PushMessage message, Instant at) {
    }

    /** One API instance's share of the work: its own pool, leases under its own name, the same clock. */
    private final class Instance implements AutoCloseable {
        final PersistenceTestComponent adapters = DaggerPersistenceTestComponent.factory().create(database.settings(), clock);
        final PeriodicJobs jobs = new PeriodicJobs(adapters.jobLeases(), clock);
        final QueueDueReminders queue = new QueueDueReminders(adapters.reminderSchedule(), adapters.notifications(),
                adapters.questions(), adapters.transactions(), clock);
        final DispatchNotices dispatch;

        Instance(PushSender sender) {
            dispatch = new DispatchNotices(adapters.notifications(), adapters.devices(), sender, clock);
            instances.add(this);
        }

        /** What ApiServer schedules each minute and second, once. */
        void tick() {
            jobs.runOnce("queue-reminders", Duration.ofMinutes(2), leaseHeld -> queue.queue());
            jobs.runOnce("dispatch-notices", Duration.ofSeconds(30), dispatch::dispatch);
        }

        @Override
        public void close() throws Exception {
            jobs.stop(Duration.ofSeconds(30));
            for (AutoCloseable closeable : adapters.closeables()) {
                closeable.close();
            }
        }
    }

    private final PushSender recording = messages -> {
        messages.forEach(message -> pushed.add(new Pushed(message, clock.instant())));
        return messages.stream().map(m -> new PushResult(m.token(), Outcome.SENT)).toList();
    };

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.mariaDb();
        new Instance(recording).adapters.schemaMigrations().migrate();
    }

    @AfterEach
    void close() throws Exception {
        for (Instance instance : instances) {
            instance.close();
        }
        database.close();
    }

    /** Users of each zone whose reminders fall due from 11:00Z over {@code spread} minutes, one or two phones each. */
    private Map<String, User> usersAcrossTheDateLine(int perZone, int spread) {
        PersistenceTestComponent adapters = instances.getFirst().adapters;
        Map<String, User> byToken = new HashMap<>();
        Map<ZoneId, LocalTime> elevenUtc = Map.of(SEOUL, LocalTime.of(20, 0), KIRITIMATI, LocalTime.of(1, 0), PAGO_PAGO, LocalTime.MIDNIGHT);
        for (var zone : elevenUtc.entrySet()) {
            for (int i = 0; i < perZone; i++) {
                User user = adapters.users().insertOrGet(new NewUser(null, zone.getKey().getId() + i + "@example.com", null, null,
                        zone.getKey(), zone.getValue().plusMinutes(i % spread), true, UserLocale.KO), clock.instant());
                for (int device = 0; device <= i % 2; device++) {
                    String token = "fcm-" + user.id() + "-" + device;
                    adapters.devices().register(user.id(), token, Platform.ANDROID, clock.instant());
                    byToken.put(token, user);
                }
            }
        }
        return byToken;
    }

    private void tickTogether(List<Instance> ticking) {
        CompletableFuture.allOf(ticking.stream().map(instance -> CompletableFuture.runAsync(instance::tick))
                .toArray(CompletableFuture[]::new)).join();
    }

    private Map<String, List<Pushed>> byToken() {
        synchronized (pushed) {
            return pushed.stream().collect(Collectors.groupingBy(p -> p.message().token()));
        }
    }

    private long logRows(String where) {
        return instances.getFirst().adapters.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM notification_log WHERE " + where).mapTo(Long.class).one());
    }

    @Test
    void threeInstancesTickingAtOnceSendEachReminderOnceEvenWhenOneDies() {
        List<Instance> cluster = new ArrayList<>(List.of(instances.getFirst(), new Instance(recording), new Instance(recording)));
        Map<String, User> users = usersAcrossTheDateLine(120, 30);

        for (int minute = 0; minute < 45; minute++) {
            tickTogether(cluster);
            clock.advance(Duration.ofMinutes(1));
            if (minute == 15) {
                cluster.removeFirst(); // whichever holds a lease dies with it; another takes over once it runs out
            }
        }

        Map<String, List<Pushed>> received = byToken();
        assertEquals(users.keySet(), received.keySet(), "every device reminded");
        for (var device : received.entrySet()) {
            User user = users.get(device.getKey());
            assertEquals(1, device.getValue().size(), "once: " + device.getKey());
            PushMessage reminder = device.getValue().getFirst().message();
            LocalDate date = LocalDate.parse(user.timezone().equals(KIRITIMATI) ? "2026-11-29" : "2026-11-28");
            assertEquals(date.toString(), reminder.data().get("date"), user.timezone() + " user's own date");
            assertEquals("DAILY_REMINDER", reminder.data().get("type"));
            assertEquals("reminder:" + user.id() + ":" + date, reminder.collapseKey());
            Instant due = ZonedDateTime.of(date, user.reminderTime(), user.timezone()).toInstant();
            Duration late = Duration.between(due, device.getValue().getFirst().at());
            assertTrue(!late.isNegative() && late.compareTo(Duration.ofMinutes(4)) <= 0, "sent " + late + " after it was due");
        }
        assertEquals(360, logRows("kind = 'DAILY_REMINDER' AND sent_at IS NOT NULL"));
    }

    @Test
    void ticksThatOverlapWithoutTheLeaseStillRecordEachReminderOnce() {
        Instance one = instances.getFirst();
        Instance two = new Instance(recording);
        Map<String, User> users = usersAcrossTheDateLine(60, 1);
        one.queue.queue(); // schedules everyone
        clock.advance(Duration.ofMinutes(3));

        // As if a lease ran out mid-tick: both queue the same due users at the same moment. Should
        // the database pick one as a deadlock victim, its batch rolls back whole; either way:
        List<Throwable> failed = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture.allOf(Stream.of(one, two).map(instance -> CompletableFuture.runAsync(instance.queue::queue)
                .exceptionally(e -> {
                    failed.add(e);
                    return null;
                })).toArray(CompletableFuture[]::new)).join();
        one.queue.queue();
        one.dispatch.dispatch(() -> true);

        assertTrue(failed.size() < 2, failed.toString());
        assertEquals(180, logRows("kind = 'DAILY_REMINDER'"));
        assertEquals(users.size(), pushed.size());
        assertEquals(users.keySet(), byToken().keySet());
    }

    @Test
    void aCrashInTheMiddleOfABatchResumesWithoutADeviceShowingTwo() {
        AtomicInteger calls = new AtomicInteger();
        PushSender diesOnItsSecondBatch = messages -> {
            List<PushResult> results = recording.send(messages);
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("killed after FCM took the batch, before it was marked sent");
            }
            return results;
        };
        Instance dying = new Instance(diesOnItsSecondBatch);
        Instance survivor = new Instance(recording);
        Map<String, User> users = usersAcrossTheDateLine(240, 1); // 720 reminders, all due at 11:00Z
        dying.queue.queue();
        clock.advance(Duration.ofMinutes(2));

        dying.tick();       // first batch of 500 sent and marked; the second sent, then the crash
        clock.advance(Duration.ofMinutes(1));
        survivor.tick();    // the dead one's lease has run out: the survivor sends what was not confirmed

        Map<String, List<Pushed>> received = byToken();
        assertEquals(users.keySet(), received.keySet());
        Map<Integer, Long> tokensByTimesSent = received.values().stream()
                .collect(Collectors.groupingBy(List::size, Collectors.counting()));
        long resentUsers = received.entrySet().stream().filter(e -> e.getValue().size() == 2)
                .map(e -> users.get(e.getKey()).id()).distinct().count();
        assertEquals(220, resentUsers, "the unconfirmed batch went again, the confirmed one did not");
        assertEquals(Set.of(1, 2), tokensByTimesSent.keySet());
        for (List<Pushed> times : received.values()) {
            assertEquals(1, times.stream().map(p -> p.message().collapseKey()).distinct().count(), "a resend replaces, not adds");
        }
        assertEquals(720, logRows("sent_at IS NOT NULL"));
        assertEquals(720, logRows("1 = 1"));
    }
}
