package com.harufilm.adapters.persistence;

/** The LoginSessions contract on H2 in MySQL mode, the embedded run's database. */
class H2LoginSessionsIT extends LoginSessionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
