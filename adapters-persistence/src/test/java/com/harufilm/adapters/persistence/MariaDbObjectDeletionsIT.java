package com.harufilm.adapters.persistence;

/** The ObjectDeletions contract on MariaDB, the production database's stand-in. */
class MariaDbObjectDeletionsIT extends ObjectDeletionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
