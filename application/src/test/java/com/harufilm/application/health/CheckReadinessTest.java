package com.harufilm.application.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.health.Readiness.Component;
import com.harufilm.application.port.out.ReadinessProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckReadinessTest {

    private static final ReadinessSettings SETTINGS = new ReadinessSettings(Duration.ofSeconds(1), Duration.ofMillis(1500));

    private static ReadinessProbe probe(String name, Runnable check) {
        return new ReadinessProbe() {
            @Override
            public String component() {
                return name;
            }

            @Override
            public void check() {
                check.run();
            }
        };
    }

    @Test
    void isReadyWhenEveryPartAnswers() {
        var readiness = new CheckReadiness(Set.of(probe("database", () -> { }), probe("broker", () -> { })),
                SETTINGS, Clock.systemUTC()).check();

        assertTrue(readiness.ready());
        assertEquals(List.of("broker", "database"), readiness.components().stream().map(Component::name).toList());
    }

    @Test
    void namesThePartThatFailsAndWhy() {
        var readiness = new CheckReadiness(Set.of(
                probe("database", () -> { }),
                probe("objectStore", () -> { throw new IllegalStateException("bucket missing"); })),
                SETTINGS, Clock.systemUTC()).check();

        assertFalse(readiness.ready());
        assertEquals(List.of(new Component("database", true, ""), new Component("objectStore", false, "bucket missing")),
                readiness.components());
    }

    @Test
    void aPartThatHangsIsDownAfterTheTimeoutWithoutHoldingTheAnswer() {
        var never = new CountDownLatch(1);
        var readiness = new CheckReadiness(Set.of(probe("broker", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })), new ReadinessSettings(Duration.ofMillis(50), Duration.ZERO), Clock.systemUTC()).check();

        assertFalse(readiness.ready());
        assertEquals("no answer within 50 ms", readiness.components().getFirst().detail());
    }

    @Test
    void anAnswerIsReusedForTheCacheTimeThenTheDependenciesAreAskedAgain() {
        var clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        var asked = new AtomicInteger();
        var readiness = new CheckReadiness(Set.of(probe("database", asked::incrementAndGet)), SETTINGS, clock);

        readiness.check();
        clock.advance(Duration.ofMillis(1499));
        readiness.check();
        assertEquals(1, asked.get(), "within 1.5 s the first answer serves");

        clock.advance(Duration.ofMillis(1));
        readiness.check();
        assertEquals(2, asked.get());
    }

    @Test
    void callersThatComeWhileAProbeRunsShareItsAnswer() throws Exception {
        var clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        var asked = new AtomicInteger();
        var probing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var readiness = new CheckReadiness(Set.of(probe("broker", () -> {
            asked.incrementAndGet();
            probing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })), new ReadinessSettings(Duration.ofSeconds(5), Duration.ofMillis(1500)), clock);

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Readiness>> answers = new ArrayList<>();
            answers.add(callers.submit(readiness::check));
            probing.await();
            for (int i = 0; i < 20; i++) {
                answers.add(callers.submit(readiness::check));
            }
            Thread.sleep(50);
            release.countDown();
            for (Future<Readiness> answer : answers) {
                assertTrue(answer.get().ready());
            }
        }
        assertEquals(1, asked.get(), "21 callers, one probe");
    }
}
