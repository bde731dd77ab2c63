package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.application.testsupport.FaultProxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database unreachable for 20 s under load (a TCP proxy that cuts every connection and
 * refuses new ones): requests answer 503 DATABASE_CONNECTION_FAILED within the pool's wait, never
 * 500; /health/ready names the database; threads do not pile up; everything recovers by itself.
 */
@Tag("reliability")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** Hikari's wait for a connection (JdbiPersistenceModule) plus the request's own work and a loaded machine's slack. */
    private static final Duration BOUND = Duration.ofSeconds(5 + 3);
    private static final int CLIENTS = 8;

    @TempDir
    Path work;

    private record Answer(long atMillis, int status, String code, long tookMillis) {
    }

    @Test
    void requestsFailFastAs503WhileTheDatabaseIsAwayAndRecoverWhenItIsBack() throws Exception {
        try (var database = TestDatabase.mariaDb();
             var proxy = new FaultProxy(URI.create(database.settings().jdbcUrl().substring("jdbc:".length())).getPort());
             var google = new GoogleStub()) {
            var direct = database.settings();
            var viaProxy = new DatabaseSettings(direct.jdbcUrl().replaceFirst(":\\d+/", ":" + proxy.port() + "/"),
                    direct.user(), direct.password(), 4, Duration.ofSeconds(2), Duration.ofSeconds(5),
                    DatabaseSettings.DEFAULT_POOL_WAIT);
            try (var api = new ApiUnderTest(viaProxy, google.settings(), work.resolve("objects"), true, 100_000)) {
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    tokens.add(api.signIn("outage"));
                }
                int threadsBefore = Thread.activeCount();
                var answers = new ConcurrentLinkedQueue<Answer>();
                long start = System.currentTimeMillis();
                long end = start + OUTAGE.toMillis() + 12_000;
                try (var load = Executors.newFixedThreadPool(CLIENTS)) {
                    List<Future<?>> clients = new ArrayList<>();
                    for (String token : tokens) {
                        clients.add(load.submit(() -> {
                            while (System.currentTimeMillis() < end) {
                                long sent = System.currentTimeMillis();
                                var response = api.send("GET", "/users/me", null, token);
                                answers.add(new Answer(sent - start, response.status(), response.code(), System.currentTimeMillis() - sent));
                            }
                            return null;
                        }));
                    }
                    Thread.sleep(2_000);
                    proxy.drop();
                    long dropped = System.currentTimeMillis() - start;
                    Thread.sleep(3_000);
                    var ready = api.send("GET", "/health/ready", null, null);
                    assertEquals(503, ready.status());
                    assertEquals("DOWN", ready.body().path("components").path("database").asText(), ready.body().toString());
                    assertTrue(Thread.activeCount() < threadsBefore + 40, "threads piled up: " + Thread.activeCount());
                    Thread.sleep(OUTAGE.toMillis() - 3_000);
                    proxy.heal();
                    long healed = System.currentTimeMillis() - start;
                    for (Future<?> client : clients) {
                        client.get(60, TimeUnit.SECONDS);
                    }
                    report(answers, dropped, healed);
                    check(answers, dropped, healed);
                }
                assertEquals(200, api.send("GET", "/health/ready", null, null).status(), "ready again once the database is back");
            }
        }
    }

    private static void check(ConcurrentLinkedQueue<Answer> answers, long dropped, long healed) {
        for (Answer answer : answers) {
            assertTrue(answer.status() == 200 || answer.status() == 503 && answer.code().equals("DATABASE_CONNECTION_FAILED"),
                    "only 200 or 503 DATABASE_CONNECTION_FAILED: " + answer);
            assertTrue(answer.tookMillis() < BOUND.toMillis(), "answered within the pool's wait: " + answer);
        }
        assertTrue(answers.stream().anyMatch(a -> a.atMillis() > dropped + 1_000 && a.atMillis() < healed && a.status() == 503),
                "the outage was seen");
        // Recovered by itself: every request sent from 5 s after the database came back succeeds.
        assertTrue(answers.stream().filter(a -> a.atMillis() > healed + 5_000).allMatch(a -> a.status() == 200),
                "not recovered 5 s after the database came back");
        assertTrue(answers.stream().anyMatch(a -> a.atMillis() > healed + 5_000), "the load went on after the outage");
    }

    private static void report(ConcurrentLinkedQueue<Answer> answers, long dropped, long healed) {
        Map<String, Integer> byOutcome = new TreeMap<>();
        answers.forEach(a -> byOutcome.merge(a.status() + (a.code().isEmpty() ? "" : " " + a.code()), 1, Integer::sum));
        long slowest = answers.stream().mapToLong(Answer::tookMillis).max().orElse(0);
        System.out.printf("database outage: %d requests, %s, slowest %d ms, dropped at %d ms, healed at %d ms%n",
                answers.size(), byOutcome, slowest, dropped, healed);
    }
}
