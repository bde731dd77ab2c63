package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.TestDatabase;

class H2HostileInputHttpIT extends HostileInputHttpContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
