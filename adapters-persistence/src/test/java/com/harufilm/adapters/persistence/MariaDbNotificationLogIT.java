package com.harufilm.adapters.persistence;

/** The NotificationLog contract on MariaDB, the production database's stand-in. */
class MariaDbNotificationLogIT extends JdbiNotificationLogContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
