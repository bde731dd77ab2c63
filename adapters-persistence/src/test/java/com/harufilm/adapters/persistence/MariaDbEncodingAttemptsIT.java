package com.harufilm.adapters.persistence;

/** The EncodingAttempts contract on MariaDB, the production database's stand-in. */
class MariaDbEncodingAttemptsIT extends EncodingAttemptsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
