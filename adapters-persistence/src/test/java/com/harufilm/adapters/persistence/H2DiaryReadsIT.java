package com.harufilm.adapters.persistence;

/** The diary's reads on H2 in MySQL mode, the embedded run's database. */
class H2DiaryReadsIT extends DiaryReadsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
