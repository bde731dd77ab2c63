package com.harufilm.adapters.persistence;

/** The NotificationLog contract on MariaDB, the production database's stand-in. */
class MariaDbNotificationLogIT extends NotificationLogContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
