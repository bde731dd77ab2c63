package com.harufilm.adapters.persistence;

/** The ObjectDeletions contract on H2 in MySQL mode, the embedded run's database. */
class H2ObjectDeletionsIT extends JdbiObjectDeletionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
