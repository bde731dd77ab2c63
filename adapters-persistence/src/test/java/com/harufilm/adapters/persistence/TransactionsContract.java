package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Transactions promises, with the repositories inside, run against every database the product supports. */
abstract class TransactionsContract extends PersistenceContract {

    private Transactions transactions() {
        return adapters.transactions();
    }

    private UserRepository users() {
        return adapters.users();
    }

    @Test
    void workThatThrowsLeavesNoRowAndTheSameExceptionComesOut() {
        String email = uniqueEmail();
        var thrown = new IllegalStateException("changed my mind");

        var caught = assertThrows(IllegalStateException.class, () -> transactions().run(() -> {
            users().insertOrGet(account(null, email), NOW);
            throw thrown;
        }));

        assertSame(thrown, caught);
        assertEquals(Optional.empty(), users().findByEmail(email));
    }

    @Test
    void nestedWorkJoinsTheOuterTransactionAndFallsWithIt() {
        String email = uniqueEmail();
        String hash = tokenHash();

        assertThrows(IllegalStateException.class, () -> transactions().run(() -> {
            User user = users().insertOrGet(account(null, email), NOW);
            // On a connection of its own this would not see the uncommitted user its rows refer to.
            transactions().run(() -> {
                adapters.loginSessions().start(user.id(), hash, NOW, NOW.plusSeconds(60));
                adapters.objectDeletions().enqueuePrefix("joined/" + email, NOW);
            });
            throw new IllegalStateException("the outer work fails after the inner returned");
        }));

        assertEquals(Optional.empty(), users().findByEmail(email));
        assertEquals(Optional.empty(), adapters.loginSessions().findByHash(hash));
        assertEquals(0, count("SELECT COUNT(*) FROM object_deletions WHERE object_prefix = ?", "joined/" + email));
    }

    @Test
    void workThatReturnsCommitsEveryWrite() {
        String prefix = unique("users/") + "/";

        User user = transactions().inTransaction(() -> {
            User created = users().insertOrGet(account(null, uniqueEmail()), NOW);
            transactions().run(() -> adapters.objectDeletions().enqueuePrefix(prefix, NOW));
            return created;
        });

        assertEquals(Optional.of(user), users().findById(user.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM object_deletions WHERE object_prefix = ? AND attempts = 0", prefix));
        assertSameSecond(NOW, adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT next_attempt_at FROM object_deletions WHERE object_prefix = ?").bind(0, prefix)
                .mapTo(Instant.class).one()));
    }

    @Test
    void aRepositoryCallOutsideATransactionCommitsOnItsOwn() {
        assertThrows(IllegalStateException.class, () -> transactions().run(() -> {
            throw new IllegalStateException("a transaction that ended before");
        }));
        User kept = newUser();

        assertThrows(IllegalStateException.class, () -> transactions().run(() -> {
            users().delete(kept.id());
            throw new IllegalStateException("undoes its own delete, not the insert before it");
        }));

        assertEquals(Optional.of(kept), users().findById(kept.id()));
    }

    @Test
    void anUnreachableDatabaseFailsAsAConnectionFailure() {
        var unreachable = new HikariConfig();
        unreachable.setJdbcUrl("jdbc:mysql://127.0.0.1:1/none?connectTimeout=250");
        unreachable.setInitializationFailTimeout(-1);
        unreachable.setConnectionTimeout(250);
        try (var pool = new HikariDataSource(unreachable)) {
            var handles = JdbiPersistenceModule.jdbiHandles(JdbiPersistenceModule.jdbi(pool));
            var users = JdbiPersistenceModule.userRepository(handles);

            var inTransaction = assertThrows(DependencyFailure.class,
                    () -> JdbiPersistenceModule.transactions(handles).run(() -> users.findById(new UserId(1))));
            var alone = assertThrows(DependencyFailure.class, () -> users.findById(new UserId(1)));

            assertEquals(ErrorCode.DATABASE_CONNECTION_FAILED, inTransaction.code());
            assertEquals(ErrorCode.DATABASE_CONNECTION_FAILED, alone.code());
        }
    }
}
