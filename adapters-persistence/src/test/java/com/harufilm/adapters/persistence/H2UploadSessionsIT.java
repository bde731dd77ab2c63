package com.harufilm.adapters.persistence;

/** The UploadSessions contract on H2 in MySQL mode, the embedded run's database. */
class H2UploadSessionsIT extends UploadSessionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
