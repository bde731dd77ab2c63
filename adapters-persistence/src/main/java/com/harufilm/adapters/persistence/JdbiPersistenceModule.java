package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.ReadinessProbe;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The database adapters, on a Hikari pool, for whichever database the settings name. */
@Module
public interface JdbiPersistenceModule {

    @Provides
    @Singleton
    static HikariDataSource hikariDataSource(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("haru-db");
        // Start even when the database is down: /health/ready reports it, and the pool recovers.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    @Provides
    static DataSource dataSource(HikariDataSource dataSource) {
        return dataSource;
    }

    @Provides
    @Singleton
    static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    @Provides
    static SchemaMigrations schemaMigrations(DataSource dataSource) {
        return new SchemaMigrations(dataSource);
    }

    @Provides
    @IntoSet
    static AutoCloseable closeDataSource(HikariDataSource dataSource) {
        return dataSource;
    }

    @Provides
    @IntoSet
    static ReadinessProbe databaseProbe(Jdbi jdbi) {
        return new JdbiDatabaseProbe(jdbi);
    }
}
