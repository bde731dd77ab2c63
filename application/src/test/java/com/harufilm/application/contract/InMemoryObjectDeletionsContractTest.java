package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The ObjectDeletions contract on the fake the use case tests run on. */
class InMemoryObjectDeletionsContractTest extends ObjectDeletionsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }

    @Override
    protected boolean queued(String objectPrefix) {
        var deletions = ports.objectDeletions();
        return deletions.nextAttempts.keySet().stream().anyMatch(id -> deletions.prefixes.get(id).equals(objectPrefix));
    }
}
