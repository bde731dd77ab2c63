package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The ShareLinks contract on the fake the use case tests run on. */
class InMemoryShareLinksContractTest extends ShareLinksContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
