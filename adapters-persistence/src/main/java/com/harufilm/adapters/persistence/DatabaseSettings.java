package com.harufilm.adapters.persistence;

import java.nio.file.Path;

/** How to reach the database: MySQL/MariaDB in production, an H2 file in the embedded run. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    /** An H2 database in MySQL mode kept in {@code directory}, so the embedded run survives restarts. */
    public static DatabaseSettings embedded(Path directory, int maxPoolSize) {
        return new DatabaseSettings(
                "jdbc:h2:file:" + directory.toAbsolutePath().resolve("haru") + ";" + H2_MYSQL_MODE, "sa", "", maxPoolSize);
    }

    /** The flags that make H2 accept the same SQL and give the same names as MySQL. */
    public static final String H2_MYSQL_MODE = "MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
