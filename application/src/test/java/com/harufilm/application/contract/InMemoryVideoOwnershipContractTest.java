package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The VideoOwnership contract on the fake the use case tests run on. */
class InMemoryVideoOwnershipContractTest extends VideoOwnershipContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
