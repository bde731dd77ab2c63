package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A MariaDB that stops answering, or goes away, mid-run: the next call fails as "cannot be reached"
 * (503 to clients) within the driver's timeouts instead of holding its thread, and the pool is
 * used again once the database is back.
 */
class HungDatabaseIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private ProxiedDatabase database;
    private FaultProxy proxy;
    private PersistenceTestComponent adapters;

    @BeforeEach
    void throughAProxy() throws Exception {
        database = new ProxiedDatabase(2, TIMEOUT, DatabaseSettings.DEFAULT_POOL_WAIT);
        proxy = database.proxy;
        adapters = database.adapters;
        assertEquals(Optional.empty(), adapters.users().findById(new UserId(1)), "answers while the proxy forwards");
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aCallToADatabaseThatStopsAnsweringFailsWithinTheSocketTimeout() {
        proxy.stall();

        assertUnreachableWithin(TIMEOUT.plusSeconds(3));
    }

    @Test
    void aDatabaseThatGoesAwayFailsCallsAtOnceAndIsUsedAgainOnceBack() throws Exception {
        proxy.drop();
        // Hikari retries connecting until its wait (5 s) is over: the pool's wait bounds the call.
        assertUnreachableWithin(Duration.ofSeconds(5).plusSeconds(3));

        proxy.heal();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                assertEquals(Optional.empty(), adapters.users().findById(new UserId(1)));
                return;
            } catch (DependencyFailure stillDown) {
                assertTrue(System.nanoTime() < deadline, "the pool did not recover within 10 s of the database coming back");
                Thread.sleep(200);
            }
        }
    }

    private void assertUnreachableWithin(Duration bound) {
        long started = System.nanoTime();
        var failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DependencyFailure.class, () -> adapters.users().findById(new UserId(1))));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // 503 to the client, as for a refused connect: the database went away, the request was fine.
        assertEquals(ErrorCode.DATABASE_CONNECTION_FAILED, failure.code(), failure.getMessage());
        assertTrue(took.compareTo(bound) < 0, "took " + took);
    }
}
