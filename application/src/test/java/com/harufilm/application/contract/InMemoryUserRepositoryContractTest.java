package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The UserRepository contract on the fake the use case tests run on. */
class InMemoryUserRepositoryContractTest extends UserRepositoryContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
