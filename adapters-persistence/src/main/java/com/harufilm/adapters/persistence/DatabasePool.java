package com.harufilm.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The Hikari pool for the settings' database, with the driver settings each database wants. */
final class DatabasePool {

    private DatabasePool() {
    }

    static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("haru-db");
        // Start even when the database is down: /health/ready reports it, and the pool recovers.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(settings.poolWait().toMillis());
        if (settings.overNetwork()) {
            config.addDataSourceProperty("connectTimeout", Long.toString(settings.connectTimeout().toMillis()));
            config.addDataSourceProperty("socketTimeout", Long.toString(settings.socketTimeout().toMillis()));
        }
        if (settings.connectorJ()) {
            // A batch of inserts goes as one multi-row INSERT, any other batch as one multi-statement round
            // trip, instead of a round trip per row. Its rows' update counts are then SUCCESS_NO_INFO, so no
            // adapter counts rows from a batch (JdbiNotificationLog.record inserts with one statement).
            config.addDataSourceProperty("rewriteBatchedStatements", "true");
            // The read path runs the same few statements thousands of times a second: parse each once per
            // connection, and let the driver remember the autocommit and isolation it set instead of
            // asking or re-sending them around every transaction (HikariCP's MySQL recommendations).
            config.addDataSourceProperty("cachePrepStmts", "true");
            config.addDataSourceProperty("prepStmtCacheSize", "250");
            config.addDataSourceProperty("prepStmtCacheSqlLimit", "2048");
            config.addDataSourceProperty("useLocalSessionState", "true");
            config.addDataSourceProperty("cacheServerConfiguration", "true");
            config.addDataSourceProperty("cacheResultSetMetadata", "true");
            config.addDataSourceProperty("maintainTimeStats", "false");
        }
        return new HikariDataSource(config);
    }
}
