package com.harufilm.adapters.persistence;

/** The Outbox contract on H2 in MySQL mode, the embedded run's database. */
class H2OutboxIT extends OutboxContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
