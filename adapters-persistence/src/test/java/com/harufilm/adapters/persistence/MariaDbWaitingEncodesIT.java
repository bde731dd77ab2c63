package com.harufilm.adapters.persistence;

/** The WaitingEncodes contract on MariaDB, the production database's stand-in. */
class MariaDbWaitingEncodesIT extends WaitingEncodesContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
