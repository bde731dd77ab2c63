package com.harufilm.adapters.persistence;

/** The ObjectDeletions contract on MariaDB, the production database's stand-in. */
class MariaDbObjectDeletionsIT extends JdbiObjectDeletionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
