package com.harufilm.adapters.persistence;

/** The UserRepository contract on H2 in MySQL mode, the embedded run's database. */
class H2UserRepositoryIT extends JdbiUserRepositoryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
