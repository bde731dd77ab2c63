package com.harufilm.adapters.persistence;

/** The VideoEncodingState contract on H2 in MySQL mode, the embedded run's database. */
class H2VideoEncodingStateIT extends JdbiVideoEncodingStateContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
