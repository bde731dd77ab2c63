package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.ReminderScheduleContract;

/** The ReminderSchedule contract on MariaDB, the production database's stand-in. */
class MariaDbReminderScheduleIT extends ReminderScheduleContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
