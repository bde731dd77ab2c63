package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.ReadinessProbe;
import org.jdbi.v3.core.Jdbi;

/** The database answers a trivial query through the pool the application uses. */
final class JdbiDatabaseProbe implements ReadinessProbe {

    private final Jdbi jdbi;

    JdbiDatabaseProbe(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public void check() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }
}
