package com.harufilm.adapters.persistence;

/** The WaitingEncodes contract on H2 in MySQL mode, the embedded run's database. */
class H2WaitingEncodesIT extends WaitingEncodesContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
