package com.harufilm.adapters.persistence;

/** The diary's reads on MariaDB, the production database's stand-in. */
class MariaDbDiaryReadsIT extends DiaryReadsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
