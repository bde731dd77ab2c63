package com.harufilm.adapters.persistence;

class MariaDbSchemaMigrationsIT extends SchemaMigrationsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
