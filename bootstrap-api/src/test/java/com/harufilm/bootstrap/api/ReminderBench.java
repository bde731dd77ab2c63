package com.harufilm.bootstrap.api;

import ch.qos.logback.classic.Level;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.notification.DispatchNotices;
import com.harufilm.application.notification.QueueDueReminders;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.question.QuestionRotation;
import com.harufilm.domain.user.UserLocale;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.LoggerFactory;

/**
 * The reminder benchmark, run by bench/reminders/run.sh (not a test): the evening reminder for N
 * users (default 100,000, 1.5 devices each) on a fresh MariaDB database, first as a naive loop (one
 * query for who has not filmed, then per user a token query and a send), then as the product does
 * it (QueueDueReminders, DispatchNotices), through the same push sender; prints queries, FCM calls
 * and wall time with ours/baseline ratios, and checks both runs reached the same tokens.
 */
public final class ReminderBench {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final ZonedDateTime DUE = ZonedDateTime.of(DAY, LocalTime.of(20, 0), ZoneId.of("Asia/Seoul"));
    /** A minute after everyone's reminder fell due, inside QueueDueReminders' catch-up window. */
    private static final Clock CLOCK = Clock.fixed(DUE.toInstant().plusSeconds(60), ZoneOffset.UTC);
    /** Tokens the stub answers 404 UNREGISTERED, so forgetting tokens is part of the work. */
    private static final String STALE = "stale-";
    /** Messages per firebase-admin sendEach, as FcmPushSender batches them. */
    private static final int SEND_EACH = 500;

    private ReminderBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // firebase-admin sends on up to 100 threads; the JDK keeps only 5 idle connections per host
        // by default, and closing the rest would run the machine out of ephemeral ports.
        System.setProperty("http.maxConnections", "128");
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        boolean ok;
        try (TestDatabase database = TestDatabase.mariaDb(); BenchPushService fcm = options.http() ? BenchPushService.http(STALE) : BenchPushService.memory(STALE)) {
            DatabaseSettings settings = database.settings(); // its URL already carries a query string
            if (!options.jdbcOptions().isEmpty()) {
                settings = new DatabaseSettings(settings.jdbcUrl() + "&" + options.jdbcOptions(), settings.user(),
                        settings.password(), settings.maxPoolSize());
            }
            var adapters = DaggerPersistenceTestComponent.factory().create(settings, CLOCK);
            try {
                ok = compare(adapters, fcm, options);
            } finally {
                for (AutoCloseable closeable : adapters.closeables()) {
                    closeable.close();
                }
            }
        }
        System.exit(ok ? 0 : 1); // firebase-admin and WireMock may leave non-daemon threads behind
    }

    private static boolean compare(PersistenceTestComponent adapters, BenchPushService fcm, Options options) {
        adapters.schemaMigrations().migrate();
        Jdbi jdbi = adapters.jdbi();
        long start = System.nanoTime();
        load(jdbi, options.users());
        System.out.printf("loaded %,d users, %,d devices in %.1f s%n", options.users(), count(jdbi, "devices"),
                seconds(System.nanoTime() - start));
        System.out.printf("FCM: %s; database: TestDatabase's MariaDB URL%s%n", options.http() ? "FcmPushSender -> WireMock" : "in memory",
                options.jdbcOptions().isEmpty() ? "" : " + " + options.jdbcOptions());
        AtomicLong statements = new AtomicLong();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });

        machine("before");
        Run baseline = measure("baseline", adapters, fcm, statements, ReminderBench::baseline);
        Run ours = measure("ours", adapters, fcm, statements, ReminderBench::ours);
        machine("after");
        print(baseline, ours, options.http());
        return check(baseline, ours, jdbi);
    }

    /**
     * Every user due at 20:00 in Seoul; every other user has two devices; 10% filmed that day
     * (COMPLETE or PENDING), 5% more have an open upload for it, 4% have only stale tokens.
     */
    private static void load(Jdbi jdbi, int users) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO users (email, timezone, reminder_time, reminders_enabled, locale, next_reminder_at,
                                               next_reminder_date, complete_videos, created_at, updated_at)
                            SELECT CONCAT('bench-', seq, '@example.com'), 'Asia/Seoul', '20:00:00', TRUE, 'ko', :due, :day,
                                   IF(seq % 20 = 0, 1, 0), :now, :now
                            FROM seq_1_to_<users> ORDER BY seq""")
                    .define("users", users).bind("due", DUE.toInstant()).bind("day", DAY).bind("now", CLOCK.instant()).execute();
            handle.createUpdate("""
                            INSERT INTO videos (user_id, upload_date, status, source_key, memory_ordinal, status_changed_at,
                                                created_at, updated_at)
                            SELECT id, :day, IF(id % 20 = 0, 'COMPLETE', 'PENDING'), CONCAT('users/', id, '/source'),
                                   IF(id % 20 = 0, 1, NULL), :now, :now, :now
                            FROM users WHERE id % 10 = 0""")
                    .bind("day", DAY).bind("now", CLOCK.instant()).execute();
            handle.createUpdate("""
                            INSERT INTO upload_sessions (user_id, upload_date, store_upload_id, object_key, file_name, content_type,
                                                         file_size, part_size, part_count, state, created_at, expires_at)
                            SELECT id, :day, CONCAT('upload-', id), CONCAT('users/', id, '/upload'), 'today.mp4', 'video/mp4',
                                   50000000, 8388608, 6, 'ACTIVE', :now, :expires
                            FROM users WHERE id % 20 = 5""")
                    .bind("day", DAY).bind("now", CLOCK.instant()).bind("expires", CLOCK.instant().plus(Duration.ofDays(1)))
                    .execute();
        });
        restoreDevices(jdbi);
    }

    /** Devices as loaded, again: the baseline forgets the stale tokens that ours must meet too. */
    private static void restoreDevices(Jdbi jdbi) {
        jdbi.useHandle(handle -> {
            // DELETE, as TRUNCATE is refused for a table a foreign key references (notice_deliveries).
            handle.execute("DELETE FROM devices");
            handle.createUpdate("""
                            INSERT INTO devices (user_id, fcm_token, platform, created_at, last_seen_at)
                            SELECT u.id, CONCAT(IF(u.id % 25 = 3, :stale, 'fcm-'), u.id, '-', d.seq),
                                   IF(d.seq = 0, 'ANDROID', 'IOS'), :now, :now
                            FROM users u JOIN seq_0_to_1 d ON d.seq <= u.id % 2""")
                    .bind("stale", STALE).bind("now", CLOCK.instant()).execute();
            handle.execute("ANALYZE TABLE users, devices, videos, upload_sessions");
        });
    }

    private static Run measure(String name, PersistenceTestComponent adapters, BenchPushService fcm, AtomicLong statements,
                               ToLongBiFunction<PersistenceTestComponent, PushSender> body) {
        Jdbi jdbi = adapters.jdbi();
        restoreDevices(jdbi);
        long devices = count(jdbi, "devices");
        Recorder pushes = new Recorder(fcm.sender());
        long requests = fcm.requests().get();
        long serverBefore = serverStatements(jdbi);
        statements.set(0);
        long start = System.nanoTime();
        long reminded = body.applyAsLong(adapters, pushes);
        long wall = System.nanoTime() - start;
        long queries = statements.get();
        // Less one: the second SHOW STATUS counts itself.
        long server = serverStatements(jdbi) - serverBefore - 1;
        return new Run(name, reminded, pushes, queries, server, devices - count(jdbi, "devices"), wall,
                fcm.requests().get() - requests);
    }

    /** The naive scheduler: who has not filmed today, then per user their tokens, a send, and the stale ones deleted. */
    private static long baseline(PersistenceTestComponent adapters, PushSender sender) {
        Jdbi jdbi = adapters.jdbi();
        List<Long> users = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT u.id FROM users u
                        LEFT JOIN videos v ON v.user_id = u.id AND v.upload_date = :today
                        WHERE u.reminders_enabled = TRUE AND v.id IS NULL ORDER BY u.id""")
                .bind("today", DAY).mapTo(Long.class).list());
        var bank = adapters.questions();
        List<Question> questions = bank.byIds(QuestionRotation.idsFor(DAY, bank.size()));
        long reminded = 0;
        for (long user : users) {
            List<String> tokens = jdbi.withHandle(handle -> handle.createQuery("SELECT fcm_token FROM devices WHERE user_id = :user")
                    .bind("user", user).mapTo(String.class).list());
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> invalid = sender.send(tokens.stream().map(token -> reminder(user, token, questions)).toList())
                    .stream().filter(result -> result.outcome() == Outcome.INVALID_TOKEN).map(PushResult::token).toList();
            if (!invalid.isEmpty()) {
                adapters.devices().forget(invalid);
            }
            reminded++;
        }
        return reminded;
    }

    /** The payload ours sends a Korean user, so the runs differ in how they select and send, not in what. */
    private static PushMessage reminder(long user, String token, List<Question> questions) {
        Map<String, String> data = Map.of("type", "DAILY_REMINDER", "date", DAY.toString(),
                "questionIds", questions.stream().map(q -> String.valueOf(q.id())).collect(Collectors.joining(",")),
                "questions", questions.stream().map(q -> q.text(UserLocale.KO)).collect(Collectors.joining("\n")));
        return new PushMessage(token, "오늘 하루는 어땠나요?", "아직 오늘을 담지 않았어요. 오늘의 질문: " + questions.getFirst().korean(),
                data, "reminder:" + user + ":" + DAY);
    }

    private static long ours(PersistenceTestComponent adapters, PushSender sender) {
        var queue = new QueueDueReminders(adapters.reminderSchedule(), adapters.notifications(), adapters.questions(),
                adapters.transactions(), CLOCK);
        var dispatch = new DispatchNotices(adapters.notifications(), adapters.devices(), sender, CLOCK);
        long start = System.nanoTime();
        int queued = queue.queue();
        long dispatching = System.nanoTime();
        // One call drains the log: it goes on while batches come back full.
        int sent = dispatch.dispatch(() -> true);
        System.out.printf("ours: queued %,d notices in %.1f s, dispatched %,d in %.1f s%n",
                queued, seconds(dispatching - start), sent, seconds(System.nanoTime() - dispatching));
        return sent;
    }

    private static void print(Run baseline, Run ours, boolean http) {
        String format = "%-10s %10s %10s %9s %12s %12s %10s %9s%n";
        System.out.println();
        System.out.printf(format, "run", "reminded", "messages", "forgotten", "jdbi queries", "server stmts", "FCM calls", "wall s");
        for (Run run : List.of(baseline, ours)) {
            System.out.printf(format, run.name(), n(run.reminded()), n(run.pushes().messages), n(run.forgotten()), n(run.queries()),
                    n(run.serverStatements()), n(run.pushes().calls), "%.2f".formatted(seconds(run.wall())));
        }
        System.out.printf(format, "ours/base", "", "", "", ratio(ours.queries(), baseline.queries()),
                ratio(ours.serverStatements(), baseline.serverStatements()), ratio(ours.pushes().calls, baseline.pushes().calls),
                ratio(ours.wall(), baseline.wall()));
        System.out.println("""

                jdbi queries: statements executed through Jdbi (SqlLogger); a PreparedBatch counts once, however many rows.
                server stmts: the server's global Questions counter over the run: each row of a batch the driver does not
                              rewrite, SET autocommit and COMMIT count too, and so would any other client of the server.
                FCM calls:    sendEach-sized calls (up to 500 messages each); forgotten: devices deleted as stale.""");
        if (http) {
            System.out.printf("HTTP sends the stub answered: baseline %,d, ours %,d%n", baseline.httpRequests(), ours.httpRequests());
        }
    }

    private static boolean check(Run baseline, Run ours, Jdbi jdbi) {
        boolean sameTokens = baseline.pushes().byToken.equals(ours.pushes().byToken) && baseline.reminded() == ours.reminded();
        System.out.printf("%nsame messages to the same tokens (%,d tokens): %s%n",
                ours.pushes().byToken.size(), sameTokens ? "OK" : "MISMATCH");
        Map<String, Object> log = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) AS notices, COUNT(DISTINCT user_id) AS users, COALESCE(SUM(sent_at IS NULL), 0) AS unsent
                        FROM notification_log""").mapToMap().one());
        long notices = ((Number) log.get("notices")).longValue();
        boolean onePerUser = notices == ours.reminded() && ((Number) log.get("users")).longValue() == notices
                && ((Number) log.get("unsent")).longValue() == 0;
        System.out.printf("one notification_log row per reminded user, all sent %s: %s%n", log, onePerUser ? "OK" : "MISMATCH");
        return sameTokens && onePerUser;
    }

    /** The database and the stub share the machine: other work on it shows in the load average. */
    private static void machine(String when) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load average %s the runs: %.2f (%d cores)%n", when, os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static long serverStatements(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SHOW GLOBAL STATUS LIKE 'Questions'")
                .map((rs, ctx) -> rs.getLong(2)).one());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String n(long value) {
        return "%,d".formatted(value);
    }

    private static String ratio(long ours, long baseline) {
        return baseline == 0 ? "-" : "%.4f".formatted((double) ours / baseline);
    }

    private record Options(int users, boolean http, String jdbcOptions) {
        static Options parse(String[] args) {
            int users = 100_000;
            boolean http = true;
            String jdbcOptions = "";
            for (int i = 0; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--users" -> users = Integer.parseInt(value);
                    case "--jdbc-options" -> jdbcOptions = value;
                    case "--fcm" -> http = switch (value) {
                        case "http" -> true;
                        case "memory" -> false;
                        default -> throw usage();
                    };
                    default -> throw usage();
                }
            }
            return new Options(users, http, jdbcOptions);
        }

        private static IllegalArgumentException usage() {
            return new IllegalArgumentException("usage: ReminderBench [--users N] [--fcm http|memory] [--jdbc-options k=v&...]");
        }
    }

    private record Run(String name, long reminded, Recorder pushes, long queries, long serverStatements, long forgotten,
                       long wall, long httpRequests) {
    }

    /** What one run handed the push service: calls as sendEach would batch them, and messages per token. */
    private static final class Recorder implements PushSender {
        private final PushSender fcm;
        final Map<String, Integer> byToken = new HashMap<>();
        long calls;
        long messages;

        Recorder(PushSender fcm) {
            this.fcm = fcm;
        }

        @Override
        public List<PushResult> send(List<PushMessage> batch) {
            calls += (batch.size() + SEND_EACH - 1) / SEND_EACH;
            messages += batch.size();
            batch.forEach(message -> byToken.merge(message.token(), 1, Integer::sum));
            return fcm.send(batch);
        }
    }
}
