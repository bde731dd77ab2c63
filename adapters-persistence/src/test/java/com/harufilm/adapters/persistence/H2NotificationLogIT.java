package com.harufilm.adapters.persistence;

/** The NotificationLog contract on H2 in MySQL mode, the embedded run's database. */
class H2NotificationLogIT extends JdbiNotificationLogContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
