package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The VideoRepository contract on the fake the use case tests run on. */
class InMemoryVideoRepositoryContractTest extends VideoRepositoryContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
