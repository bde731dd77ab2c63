package com.harufilm.adapters.persistence;

/** The VideoEncodingState contract on MariaDB, the production database's stand-in. */
class MariaDbVideoEncodingStateIT extends JdbiVideoEncodingStateContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
