package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the port contracts share: the ports of one implementation, opened once per test class,
 * and a few helpers. The contracts see the port interfaces only; a subclass says which
 * implementation runs them (a database, or the fakes), and may add checks only it can make.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortContract<P extends ContractPorts> {

    // Fractional on purpose: Connector/J drops them on MariaDB 10, so times compare to the second.
    public static final Instant NOW = Instant.parse("2026-03-01T11:00:00.250Z");

    protected P ports;

    /** The implementation under test, its clock (where it keeps one) standing at {@link #NOW}; closed after the class. */
    protected abstract P openPorts();

    @BeforeAll
    final void open() {
        ports = openPorts();
    }

    @AfterAll
    final void close() throws Exception {
        if (ports instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** A user with the contract's defaults and an address no other test uses. */
    protected User newUser() {
        return ports.users().insertOrGet(account(null, uniqueEmail()), NOW);
    }

    protected static NewUser account(@Nullable String googleSubject, String email) {
        return NewUser.withDefaults(googleSubject, email, null, null, ZoneId.of("Asia/Seoul"));
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }

    protected static String uniqueEmail() {
        return unique("user-") + "@example.com";
    }

    /** A fresh value shaped like the SHA-256 hex the application stores. */
    protected static String tokenHash() {
        return UUID.randomUUID().toString().replace("-", "").repeat(2);
    }

    protected static void assertSameSecond(Instant expected, @Nullable Instant actual) {
        assertEquals(expected.truncatedTo(ChronoUnit.SECONDS), actual == null ? null : actual.truncatedTo(ChronoUnit.SECONDS));
    }
}
