package com.harufilm.adapters.persistence;

/** The UserRepository contract on MariaDB, the production database's stand-in. */
class MariaDbUserRepositoryIT extends JdbiUserRepositoryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
