package com.harufilm.application.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.health.Readiness.Component;
import com.harufilm.application.port.out.ReadinessProbe;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CheckReadinessTest {

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
                Duration.ofSeconds(1)).check();

        assertTrue(readiness.ready());
        assertEquals(List.of("broker", "database"), readiness.components().stream().map(Component::name).toList());
    }

    @Test
    void namesThePartThatFailsAndWhy() {
        var readiness = new CheckReadiness(Set.of(
                probe("database", () -> { }),
                probe("objectStore", () -> { throw new IllegalStateException("bucket missing"); })),
                Duration.ofSeconds(1)).check();

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
        })), Duration.ofMillis(50)).check();

        assertFalse(readiness.ready());
        assertEquals("no answer within 50 ms", readiness.components().getFirst().detail());
    }
}
