package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.MutableClock;

/** The ObjectStore contract on the fake the use case tests run on. */
class InMemoryObjectStoreContractTest extends ObjectStoreContract {

    @Override
    protected OpenStore openStore() {
        return new InMemoryObjectStore(new MutableClock(PortContract.NOW))::ports;
    }
}
