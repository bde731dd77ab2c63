package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The ReminderSchedule contract on the fake the use case tests run on. */
class InMemoryReminderScheduleContractTest extends ReminderScheduleContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
