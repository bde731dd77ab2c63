package com.harufilm.adapters.persistence;

/** The Transactions contract on MariaDB, the production database's stand-in. */
class MariaDbTransactionsIT extends TransactionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
