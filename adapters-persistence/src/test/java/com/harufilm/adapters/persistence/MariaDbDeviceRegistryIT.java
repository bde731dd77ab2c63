package com.harufilm.adapters.persistence;

/** The DeviceRegistry contract on MariaDB, the production database's stand-in. */
class MariaDbDeviceRegistryIT extends DeviceRegistryContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
