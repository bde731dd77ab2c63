package com.harufilm.adapters.persistence;

/** The ObjectDeletions contract on H2 in MySQL mode, the embedded run's database. */
class H2ObjectDeletionsIT extends ObjectDeletionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
