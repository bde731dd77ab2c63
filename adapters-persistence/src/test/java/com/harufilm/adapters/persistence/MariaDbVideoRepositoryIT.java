package com.harufilm.adapters.persistence;

/** The VideoRepository contract on MariaDB, the production database's stand-in. */
class MariaDbVideoRepositoryIT extends VideoRepositoryContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
