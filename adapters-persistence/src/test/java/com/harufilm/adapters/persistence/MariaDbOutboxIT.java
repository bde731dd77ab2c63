package com.harufilm.adapters.persistence;

/** The Outbox contract on MariaDB, the production database's stand-in. */
class MariaDbOutboxIT extends OutboxContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
