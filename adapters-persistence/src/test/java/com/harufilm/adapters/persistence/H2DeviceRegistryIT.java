package com.harufilm.adapters.persistence;

/** The DeviceRegistry contract on H2 in MySQL mode, the embedded run's database. */
class H2DeviceRegistryIT extends JdbiDeviceRegistryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
