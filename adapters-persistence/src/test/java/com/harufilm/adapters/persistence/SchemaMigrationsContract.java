package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.DependencyFailure;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the schema promises, run against every database the product supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaMigrationsContract {

    private TestDatabase database;
    private HikariDataSource dataSource;
    private Jdbi jdbi;
    private int appliedOnFirstRun;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void migrateAFreshDatabase() {
        database = createDatabase();
        dataSource = JdbiPersistenceModule.hikariDataSource(database.settings());
        jdbi = JdbiPersistenceModule.jdbi(dataSource);
        appliedOnFirstRun = new SchemaMigrations(dataSource).migrate();
    }

    @AfterAll
    void dropIt() {
        dataSource.close();
        database.close();
    }

    @Test
    void aFreshDatabaseGetsEveryMigrationAndASecondRunChangesNothing() {
        assertEquals(9, appliedOnFirstRun);
        assertEquals(0, new SchemaMigrations(dataSource).migrate());
    }

    @Test
    void theQuestionBankHoldsAtLeastSixtyPromptsInBothLanguages() {
        List<String> blanks = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT id FROM questions WHERE TRIM(text_ko) = '' OR TRIM(text_en) = ''").mapTo(String.class).list());
        int count = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM questions").mapTo(Integer.class).one());

        assertTrue(count >= 60, "only " + count + " questions");
        assertEquals(List.of(), blanks);
    }

    @Test
    void koreanTextAndUtcInstantsRoundTrip() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long userId = jdbi.withHandle(handle -> handle.createUpdate("""
                INSERT INTO users (email, name, timezone, reminder_time, reminders_enabled, locale, created_at, updated_at)
                VALUES ('roundtrip@example.com', '하루 필름', 'Asia/Seoul', '20:00:00', TRUE, 'ko', :now, :now)""")
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());

        assertEquals("하루 필름", jdbi.withHandle(handle -> handle.createQuery("SELECT name FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).one()));
        // Connector/J takes MariaDB 10 for MySQL 5.5 and drops fractions; nothing may rely on them.
        Instant stored = jdbi.withHandle(handle -> handle.createQuery("SELECT created_at FROM users WHERE id = :id")
                .bind("id", userId).mapTo(Instant.class).one());
        assertEquals(now.truncatedTo(ChronoUnit.SECONDS), stored.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aUserHasAtMostOneVideoADayAndDeletingTheUserTakesItsRowsAlong() {
        Instant now = Instant.now();
        jdbi.useTransaction(handle -> {
            long userId = handle.createUpdate("""
                    INSERT INTO users (email, timezone, reminder_time, reminders_enabled, locale, created_at, updated_at)
                    VALUES ('one-a-day@example.com', 'Asia/Seoul', '20:00:00', TRUE, 'ko', :now, :now)""")
                    .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            String insertVideo = """
                    INSERT INTO videos (user_id, upload_date, status, source_key, status_changed_at, created_at, updated_at)
                    VALUES (:user, :date, 'PENDING', 'k', :now, :now, :now)""";
            handle.createUpdate(insertVideo).bind("user", userId).bind("date", LocalDate.of(2026, 3, 1)).bind("now", now).execute();

            assertThrows(Exception.class, () -> handle.createUpdate(insertVideo)
                    .bind("user", userId).bind("date", LocalDate.of(2026, 3, 1)).bind("now", now).execute());
        });
        // The failed insert rolled back the whole transaction above on both databases.
        jdbi.useHandle(handle -> {
            long userId = handle.createUpdate("""
                    INSERT INTO users (email, timezone, reminder_time, reminders_enabled, locale, created_at, updated_at)
                    VALUES ('cascade@example.com', 'Asia/Seoul', '20:00:00', TRUE, 'ko', :now, :now)""")
                    .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            handle.createUpdate("""
                    INSERT INTO videos (user_id, upload_date, status, source_key, status_changed_at, created_at, updated_at)
                    VALUES (:user, '2026-03-02', 'PENDING', 'k', :now, :now, :now)""").bind("user", userId).bind("now", now).execute();
            handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", userId).execute();

            assertEquals(0, handle.createQuery("SELECT COUNT(*) FROM videos WHERE user_id = :id")
                    .bind("id", userId).mapTo(Integer.class).one());
        });
    }

    @Test
    void theProbeAnswersWhileTheDatabaseIsUp() {
        assertDoesNotThrow(() -> new JdbiDatabaseProbe(jdbi).check());
    }

    @Test
    void aMigrationAgainstAnUnreachableDatabaseFailsAsADependencyFailure() {
        var unreachable = new DatabaseSettings("jdbc:mysql://127.0.0.1:1/none?connectTimeout=500", "x", "", 1);
        try (var pool = JdbiPersistenceModule.hikariDataSource(unreachable)) {
            pool.setConnectionTimeout(500);
            var failure = assertThrows(DependencyFailure.class, () -> new SchemaMigrations(pool).migrate());
            assertFalse(failure.getMessage().isBlank());
        }
    }
}
