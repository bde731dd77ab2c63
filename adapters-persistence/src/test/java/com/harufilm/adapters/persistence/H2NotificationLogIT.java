package com.harufilm.adapters.persistence;

/** The NotificationLog contract on H2 in MySQL mode, the embedded run's database. */
class H2NotificationLogIT extends NotificationLogContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
