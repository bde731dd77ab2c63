package com.harufilm.adapters.persistence;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the schema up to date with the migrations in db/migration, the only schema source. */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final DataSource dataSource;

    public SchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Migrates the database the settings name on a pool of its own, closed when done: the {@code migrate} command. */
    public static int migrate(DatabaseSettings settings) {
        try (HikariDataSource pool = JdbiPersistenceModule.hikariDataSource(settings)) {
            return new SchemaMigrations(pool).migrate();
        }
    }

    /** Applies what is pending and returns how many migrations ran; Flyway's lock table keeps concurrent instances apart. */
    public int migrate() {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            log.info("schema migrated to version={} applied={}", result.targetSchemaVersion, result.migrationsExecuted);
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new DependencyFailure(ErrorCode.DATABASE_ERROR, "schema migration failed: " + e.getMessage(), e);
        }
    }
}
