package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The NotificationLog contract on the fake the use case tests run on. */
class InMemoryNotificationLogContractTest extends NotificationLogContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }

    @Override
    protected long storedWithKey(String dedupeKey) {
        return ports.notifications().rows.stream().filter(row -> row.notice().dedupeKey().equals(dedupeKey)).count();
    }
}
