package com.harufilm.adapters.persistence;

/** The EncodingJobs contract on MariaDB, the production database's stand-in. */
class MariaDbEncodingJobsIT extends EncodingJobsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
