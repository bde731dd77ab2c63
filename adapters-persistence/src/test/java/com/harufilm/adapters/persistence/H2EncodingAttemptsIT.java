package com.harufilm.adapters.persistence;

/** The EncodingAttempts contract on H2 in MySQL mode, the embedded run's database. */
class H2EncodingAttemptsIT extends JdbiEncodingAttemptsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
