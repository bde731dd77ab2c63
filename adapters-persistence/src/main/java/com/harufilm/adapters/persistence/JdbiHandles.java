package com.harufilm.adapters.persistence;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.mysql.cj.exceptions.StatementIsClosedException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * The one way the adapters reach the database: through the transaction open on this thread if
 * there is one, else on a pooled connection for the one call; Jdbi's failures leave as
 * {@link DependencyFailure}, so no JDBC exception crosses a port.
 */
final class JdbiHandles {

    private final Jdbi jdbi;
    // The handle of the transaction this thread is in, set only while inTransaction runs. Jdbi's
    // default handle scope reuses it too, but that is configuration; the port's join is kept here.
    private final ThreadLocal<@Nullable Handle> transaction = new ThreadLocal<>();

    JdbiHandles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs the callback on the thread's transaction, or on its own autocommitted connection outside one. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        return translated(() -> {
            Handle open = transaction.get();
            return open != null ? callback.withHandle(open) : jdbi.withHandle(callback);
        });
    }

    /**
     * Runs the callback in one transaction, committed when it returns and rolled back when it
     * throws. Inside an open transaction it joins that one, so callers compose without knowing.
     */
    <T> T inTransaction(HandleCallback<T, RuntimeException> callback) {
        return translated(() -> {
            Handle open = transaction.get();
            return open != null ? callback.withHandle(open) : jdbi.inTransaction(handle -> bound(handle, callback));
        });
    }

    private <T> T bound(Handle handle, HandleCallback<T, RuntimeException> callback) {
        transaction.set(handle);
        try {
            return callback.withHandle(handle);
        } finally {
            // Before Jdbi commits or rolls back and pools the handle: it never outlives the transaction here.
            transaction.remove();
        }
    }

    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConnectionException e) {
            throw new DependencyFailure(ErrorCode.DATABASE_CONNECTION_FAILED, "the database cannot be reached", e);
        } catch (JdbiException e) {
            if (lostConnection(e)) {
                // A pooled connection whose database went away mid-call: the same outage as a refused connect.
                throw new DependencyFailure(ErrorCode.DATABASE_CONNECTION_FAILED, "the database cannot be reached", e);
            }
            // The message reaches clients; the SQL (without its values) stays in the cause, for the log.
            throw new DependencyFailure(ErrorCode.DATABASE_ERROR, "a database operation failed", e);
        }
    }

    /**
     * SQLState class 08 is a connection exception (SQL standard); drivers report a cut or timed-out
     * link that way. Two places hide it: Connector/J's clean-up after a batch cut mid-way throws
     * "statement closed" in place of the link failure (only a dead connection closes a statement
     * under Jdbi), and Jdbi hangs the failed rollback of the dead connection on the first failure as
     * suppressed. Found by ConnectionCutsIT; the depth bound guards against cyclic chains.
     */
    private static boolean lostConnection(Throwable failure) {
        return lostConnection(failure, 0);
    }

    private static boolean lostConnection(@Nullable Throwable failure, int depth) {
        if (failure == null || depth > 16) {
            return false;
        }
        if (failure instanceof StatementIsClosedException || failure instanceof SQLException sql
                && (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                        || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (lostConnection(suppressed, depth + 1)) {
                return true;
            }
        }
        return lostConnection(failure.getCause(), depth + 1);
    }
}
