package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.port.out.ObjectStore;
import java.time.Clock;

/** The ObjectStore contract on the fake the use case tests run on. */
class InMemoryObjectStoreContractTest extends ObjectStoreContract {

    @Override
    protected ObjectStore openStore() {
        return new InMemoryObjectStore(Clock.systemUTC());
    }
}
