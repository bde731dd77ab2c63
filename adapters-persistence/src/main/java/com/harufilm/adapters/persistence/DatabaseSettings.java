package com.harufilm.adapters.persistence;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach the database: MySQL/MariaDB in production, an H2 file in the embedded run. On
 * MySQL/MariaDB {@code connectTimeout} bounds opening a connection and {@code socketTimeout} any
 * wait for the server's answer (zero: none), so a database that stops answering fails a request
 * instead of holding its thread for good. {@code poolWait} bounds the wait for a pooled connection
 * (a full pool, or a database the pool cannot reach), on every database.
 */
public record DatabaseSettings(
        String jdbcUrl, String user, String password, int maxPoolSize, Duration connectTimeout, Duration socketTimeout,
        Duration poolWait) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Well past any query of the product (the slowest reads take milliseconds), short of a stuck request. */
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
    /** Short, so a request finding the pool exhausted answers 503 fast instead of queueing. */
    public static final Duration DEFAULT_POOL_WAIT = Duration.ofSeconds(5);

    public DatabaseSettings {
        // Hikari refuses a pool wait under 250 ms.
        if (connectTimeout.isNegative() || connectTimeout.isZero() || socketTimeout.isNegative() || poolWait.toMillis() < 250) {
            throw new IllegalArgumentException(
                    "database timeouts must be positive (the socket timeout may be 0: none, the pool wait at least 250 ms)");
        }
    }

    public DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
        this(jdbcUrl, user, password, maxPoolSize, DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, DEFAULT_POOL_WAIT);
    }

    /**
     * An H2 database in MySQL mode kept in {@code directory}, so the embedded run survives restarts.
     * H2 does not close it from its own exit hook: the process's stop closes the pool after the
     * requests in flight and the leases' hand-back, which would otherwise find the database closed.
     * Each commit is written through before it returns (H2 otherwise holds it up to 500 ms), so a
     * killed process keeps every upload and lease it answered for.
     */
    public static DatabaseSettings embedded(Path directory, int maxPoolSize) {
        return new DatabaseSettings("jdbc:h2:file:" + directory.toAbsolutePath().resolve("haru") + ";" + H2_MYSQL_MODE
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "", maxPoolSize);
    }

    /** The flags that make H2 accept the same SQL and give the same names as MySQL. */
    public static final String H2_MYSQL_MODE = "MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    /** Whether the driver is MySQL Connector/J or MariaDB's, which both read connectTimeout and socketTimeout. */
    boolean overNetwork() {
        return jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:");
    }

    /** Whether the driver is MySQL Connector/J, whose properties the pool sets beyond the timeouts. */
    boolean connectorJ() {
        return jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize
                + ", connectTimeout=" + connectTimeout + ", socketTimeout=" + socketTimeout
                + ", poolWait=" + poolWait + "]";
    }
}
