package com.harufilm.adapters.persistence;

/** The VideoRepository ownership contract on H2 in MySQL mode, the embedded run's database. */
class H2VideoOwnershipIT extends VideoOwnershipContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
