package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.MutableClock;

/** The ObjectRemoval contract on the fake the use case tests run on. */
class InMemoryObjectRemovalContractTest extends ObjectRemovalContract {

    @Override
    protected OpenStore openStore() {
        return new InMemoryObjectStore(new MutableClock(PortContract.NOW))::ports;
    }
}
