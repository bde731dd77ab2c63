package com.harufilm.adapters.persistence;

/** The EncodingJobs contract on H2 in MySQL mode, the embedded run's database. */
class H2EncodingJobsIT extends EncodingJobsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
