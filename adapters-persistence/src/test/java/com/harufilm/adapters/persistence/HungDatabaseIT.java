package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A MariaDB that stops answering mid-run fails the next call within the socket timeout instead of holding it forever. */
class HungDatabaseIT {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aCallToADatabaseThatStopsAnsweringFailsWithinTheSocketTimeout() throws Exception {
        try (var database = TestDatabase.mariaDb();
             var proxy = new StallingProxy(URI.create(database.settings().jdbcUrl().substring("jdbc:".length())).getPort())) {
            var direct = database.settings();
            var viaProxy = new DatabaseSettings(direct.jdbcUrl().replaceFirst(":\\d+/", ":" + proxy.port() + "/"),
                    direct.user(), direct.password(), 1, Duration.ofSeconds(2), SOCKET_TIMEOUT,
                    DatabaseSettings.DEFAULT_POOL_WAIT);
            var adapters = DaggerPersistenceTestComponent.factory().create(viaProxy, Clock.systemUTC());
            try {
                adapters.schemaMigrations().migrate();
                assertEquals(Optional.empty(), adapters.users().findById(new UserId(1)), "answers while the proxy forwards");

                proxy.stall();
                long started = System.nanoTime();
                var failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(DependencyFailure.class, () -> adapters.users().findById(new UserId(1))));
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertTrue(Set.of(ErrorCode.DATABASE_ERROR, ErrorCode.DATABASE_CONNECTION_FAILED).contains(failure.code()),
                        failure.code().name());
                assertTrue(took.compareTo(SOCKET_TIMEOUT.plusSeconds(3)) < 0, "took " + took);
            } finally {
                for (AutoCloseable closeable : adapters.closeables()) {
                    closeable.close();
                }
            }
        }
    }
}
