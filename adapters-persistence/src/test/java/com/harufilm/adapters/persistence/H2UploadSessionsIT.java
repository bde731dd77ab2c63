package com.harufilm.adapters.persistence;

/** The UploadSessions contract on H2 in MySQL mode, the embedded run's database. */
class H2UploadSessionsIT extends JdbiUploadSessionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
