package com.harufilm.adapters.persistence;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * A database of its own for one test class, so runs never collide: a fresh schema on the real
 * MariaDB (dropped on close), or a private in-memory H2 in MySQL mode.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String SERVER = Objects.requireNonNullElse(
            System.getenv("HARU_TEST_DB_SERVER"), "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = Objects.requireNonNullElse(System.getenv("HARU_TEST_DB_USER"), "root");
    private static final String PASSWORD = Objects.requireNonNullElse(System.getenv("HARU_TEST_DB_PASSWORD"), "");
    private static final String OPTIONS = "?connectionTimeZone=UTC";

    private final DatabaseSettings settings;
    private final DatabaseSettings admin;
    private final String dropStatement;

    private TestDatabase(DatabaseSettings settings, DatabaseSettings admin, String dropStatement) {
        this.settings = settings;
        this.admin = admin;
        this.dropStatement = dropStatement;
    }

    public static TestDatabase mariaDb() {
        String name = "haru_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseSettings server = new DatabaseSettings(SERVER, USER, PASSWORD, 1);
        execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(new DatabaseSettings(SERVER + name + OPTIONS, USER, PASSWORD, 4), server, "DROP DATABASE " + name);
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:haru_" + UUID.randomUUID() + ";" + DatabaseSettings.H2_MYSQL_MODE + ";DB_CLOSE_DELAY=-1";
        DatabaseSettings settings = new DatabaseSettings(url, "sa", "", 4);
        return new TestDatabase(settings, settings, "SHUTDOWN");
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        execute(admin, dropStatement);
    }

    private static void execute(DatabaseSettings on, String sql) {
        try (var connection = DriverManager.getConnection(on.jdbcUrl(), on.user(), on.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
