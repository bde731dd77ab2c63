package com.harufilm.adapters.persistence;

/** The LoginSessions contract on H2 in MySQL mode, the embedded run's database. */
class H2LoginSessionsIT extends JdbiLoginSessionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
