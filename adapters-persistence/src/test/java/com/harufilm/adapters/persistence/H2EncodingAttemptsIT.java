package com.harufilm.adapters.persistence;

/** The EncodingAttempts contract on H2 in MySQL mode, the embedded run's database. */
class H2EncodingAttemptsIT extends EncodingAttemptsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
