package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.contract.UserRepositoryContract;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The UserRepository contract on a database, with what only its rows and transactions show. */
abstract class JdbiUserRepositoryContract extends UserRepositoryContract<JdbiPorts> {

    @Override
    protected void assertStoredOnce(@Nullable String email, @Nullable String googleSubject) {
        if (email != null) {
            assertEquals(1, ports.count("SELECT COUNT(*) FROM users WHERE email = ?", email));
        }
        if (googleSubject != null) {
            assertEquals(1, ports.count("SELECT COUNT(*) FROM users WHERE google_subject = ?", googleSubject));
        }
    }

    @Override
    protected void assertNothingLeftOf(UserId user) {
        assertEquals(0, ports.count("SELECT COUNT(*) FROM devices WHERE user_id = ?", user.value()));
        assertEquals(0, ports.count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", user.value()));
    }

    @Test
    void aCreationThatLosesARaceInsideATransactionAnswersTheWinner() {
        String email = uniqueEmail();
        ports.transactions().run(() -> {
            // The first read fixes the transaction's snapshot (MariaDB), before the winner commits.
            assertEquals(Optional.empty(), users().findByEmail(email));
            User winner = CompletableFuture.supplyAsync(() -> users().insertOrGet(account(null, email), NOW)).join();

            assertEquals(winner, users().insertOrGet(account(null, email), NOW));
        });
        assertStoredOnce(email, null);
    }

    @Test
    void aStatementTheDatabaseRefusesFailsAsADatabaseErrorThatShowsNoSql() {
        String subject = unique("google-");
        users().linkGoogleSubject(newUser().id(), subject, NOW);
        UserId another = newUser().id();

        var failure = assertThrows(DependencyFailure.class, () -> users().linkGoogleSubject(another, subject, NOW));

        assertEquals(ErrorCode.DATABASE_ERROR, failure.code());
        assertFalse(failure.getMessage().contains(subject) || failure.getMessage().contains("UPDATE"), failure.getMessage());
        assertNotNull(failure.getCause(), "the cause is kept for the log");
    }
}
