package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.TestDatabase;

class H2IdentityHttpIT extends IdentityHttpContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
