package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the port contracts share: a migrated database of the test class's own, the adapters wired
 * as the applications wire them, and a few helpers. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    // Fractional on purpose: Connector/J drops them on MariaDB 10, so times compare to the second.
    // It is also what the component's clock says.
    static final Instant NOW = Instant.parse("2026-03-01T11:00:00.250Z");

    private TestDatabase database;
    PersistenceTestComponent adapters;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void migrateAFreshDatabase() {
        database = createDatabase();
        adapters = DaggerPersistenceTestComponent.factory().create(database.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
        adapters.schemaMigrations().migrate();
    }

    @AfterAll
    void dropIt() throws Exception {
        try {
            for (AutoCloseable closeable : adapters.closeables()) {
                closeable.close();
            }
        } finally {
            database.close();
        }
    }

    /** A user with the contract's defaults and an address no other test uses. */
    User newUser() {
        return adapters.users().insertOrGet(account(null, uniqueEmail()), NOW);
    }

    static NewUser account(@Nullable String googleSubject, String email) {
        return NewUser.withDefaults(googleSubject, email, null, null, ZoneId.of("Asia/Seoul"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }

    static String uniqueEmail() {
        return unique("user-") + "@example.com";
    }

    /** A fresh value shaped like the SHA-256 hex the application stores. */
    static String tokenHash() {
        return UUID.randomUUID().toString().replace("-", "").repeat(2);
    }

    long count(String sql, Object value) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery(sql).bind(0, value).mapTo(Long.class).one());
    }

    static void assertSameSecond(Instant expected, @Nullable Instant actual) {
        assertEquals(expected.truncatedTo(ChronoUnit.SECONDS), actual == null ? null : actual.truncatedTo(ChronoUnit.SECONDS));
    }
}
