package com.harufilm.adapters.persistence;

/** The DeviceRegistry contract on H2 in MySQL mode, the embedded run's database. */
class H2DeviceRegistryIT extends DeviceRegistryContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
