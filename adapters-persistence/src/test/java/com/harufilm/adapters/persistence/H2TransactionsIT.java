package com.harufilm.adapters.persistence;

/** The Transactions contract on H2 in MySQL mode, the embedded run's database. */
class H2TransactionsIT extends TransactionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
