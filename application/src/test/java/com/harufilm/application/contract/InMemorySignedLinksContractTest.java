package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.MutableClock;
import java.time.Duration;

/** The SignedLinks contract on the fake the use case tests run on; its time passes by its clock. */
class InMemorySignedLinksContractTest extends SignedLinksContract {

    private final MutableClock clock = new MutableClock(PortContract.NOW);

    @Override
    protected OpenStore openStore() {
        return new InMemoryObjectStore(clock)::ports;
    }

    @Override
    protected void letPass(Duration time) {
        clock.advance(time);
    }
}
