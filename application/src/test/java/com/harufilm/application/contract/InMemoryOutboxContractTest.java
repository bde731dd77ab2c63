package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The Outbox contract on the fake the use case tests run on. */
class InMemoryOutboxContractTest extends OutboxContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
