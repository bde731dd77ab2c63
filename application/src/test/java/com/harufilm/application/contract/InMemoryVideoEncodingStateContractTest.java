package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The VideoEncodingState contract on the fake the use case tests run on. */
class InMemoryVideoEncodingStateContractTest extends VideoEncodingStateContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
