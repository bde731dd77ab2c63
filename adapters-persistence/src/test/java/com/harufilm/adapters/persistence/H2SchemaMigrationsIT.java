package com.harufilm.adapters.persistence;

class H2SchemaMigrationsIT extends SchemaMigrationsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
