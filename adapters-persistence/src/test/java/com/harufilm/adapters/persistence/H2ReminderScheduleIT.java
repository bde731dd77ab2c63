package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.ReminderScheduleContract;

/** The ReminderSchedule contract on H2 in MySQL mode, the embedded run's database. */
class H2ReminderScheduleIT extends ReminderScheduleContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
