package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The NotificationLog contract on MariaDB, the production database's stand-in. */
class MariaDbNotificationLogIT extends JdbiNotificationLogContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }

    /**
     * The contract's counts hold with Connector/J rewriting batches as in production, where a batch
     * row's count is SUCCESS_NO_INFO: every MariaDb*IT's pool is the production module's.
     */
    @Test
    void theDriverRewritesBatchesAsInProduction() throws SQLException {
        boolean rewrites = ports.adapters.jdbi().withHandle(handle -> handle.getConnection().unwrap(JdbcConnection.class)
                .getPropertySet().getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue());
        assertTrue(rewrites);
    }
}
