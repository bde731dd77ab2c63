package com.harufilm.adapters.persistence;

/** The DeviceRegistry contract on MariaDB, the production database's stand-in. */
class MariaDbDeviceRegistryIT extends JdbiDeviceRegistryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
