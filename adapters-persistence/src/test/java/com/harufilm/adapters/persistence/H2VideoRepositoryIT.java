package com.harufilm.adapters.persistence;

/** The VideoRepository contract on H2 in MySQL mode, the embedded run's database. */
class H2VideoRepositoryIT extends JdbiVideoRepositoryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
