package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.TestDatabase;

class MariaDbHostileInputHttpIT extends HostileInputHttpContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
