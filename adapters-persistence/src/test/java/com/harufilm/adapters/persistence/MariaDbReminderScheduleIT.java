package com.harufilm.adapters.persistence;

/** The ReminderSchedule contract on MariaDB, the production database's stand-in. */
class MariaDbReminderScheduleIT extends ReminderScheduleContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
