package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it committed when its process is killed without a chance to
 * flush: `harufilm dev` killed mid-upload must find the upload it answered for after the restart.
 */
class EmbeddedDatabaseDurabilityIT {

    @TempDir
    Path directory;

    @Test
    void aCommitSurvivesTheProcessHaltingRightAfterIt() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), directory.toString())
                .inheritIO().start();
        assertEquals(true, child.waitFor(60, TimeUnit.SECONDS), "the child finished");
        assertEquals(CommitThenHalt.HALTED, child.exitValue(), "the child committed and halted");

        try (Connection connection = open(directory); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM survivors")) {
            rows.next();
            assertEquals(CommitThenHalt.ROWS, rows.getInt(1), "every committed row is there after the halt");
        }
    }

    private static Connection open(Path directory) throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(directory, 1);
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /** Commits rows one transaction at a time, then halts at once: no shutdown hook, no close. */
    public static final class CommitThenHalt {
        static final int ROWS = 20;
        static final int HALTED = 42;

        public static void main(String[] args) throws Exception {
            Connection connection = open(Path.of(args[0]));
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE survivors (id INT PRIMARY KEY)");
                for (int id = 0; id < ROWS; id++) {
                    statement.executeUpdate("INSERT INTO survivors VALUES (" + id + ")");
                }
            }
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
