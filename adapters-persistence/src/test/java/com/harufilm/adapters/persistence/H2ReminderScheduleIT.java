package com.harufilm.adapters.persistence;

/** The ReminderSchedule contract on H2 in MySQL mode, the embedded run's database. */
class H2ReminderScheduleIT extends ReminderScheduleContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
