package com.harufilm.adapters.persistence;

/** The UserRepository contract on MariaDB, the production database's stand-in. */
class MariaDbUserRepositoryIT extends UserRepositoryContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
