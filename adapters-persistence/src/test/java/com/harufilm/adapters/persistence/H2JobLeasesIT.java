package com.harufilm.adapters.persistence;

/** The JobLeases contract on H2 in MySQL mode, the embedded run's database. */
class H2JobLeasesIT extends JobLeasesContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
