package com.harufilm.adapters.persistence;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Recognises a unique-key violation on both databases, so an adapter can answer it as the conflict it means. */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    static boolean isViolation(UnableToExecuteStatementException e) {
        // MySQL and MariaDB report 1062 under the generic state 23000; H2 reports state 23505.
        return e.getCause() instanceof SQLException sql && (sql.getErrorCode() == 1062 || "23505".equals(sql.getSQLState()));
    }
}
