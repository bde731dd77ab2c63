package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The VideoTimestamps contract on the fake the use case tests run on. */
class InMemoryVideoTimestampsContractTest extends VideoTimestampsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
