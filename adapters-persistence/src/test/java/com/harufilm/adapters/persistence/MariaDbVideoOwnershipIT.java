package com.harufilm.adapters.persistence;

/** The VideoRepository ownership contract on MariaDB, the production database's stand-in. */
class MariaDbVideoOwnershipIT extends VideoOwnershipContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
