package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.TestDatabase;

class MariaDbIdentityHttpIT extends IdentityHttpContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
