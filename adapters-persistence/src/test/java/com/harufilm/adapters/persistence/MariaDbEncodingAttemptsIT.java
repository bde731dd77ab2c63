package com.harufilm.adapters.persistence;

/** The EncodingAttempts contract on MariaDB, the production database's stand-in. */
class MariaDbEncodingAttemptsIT extends JdbiEncodingAttemptsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
