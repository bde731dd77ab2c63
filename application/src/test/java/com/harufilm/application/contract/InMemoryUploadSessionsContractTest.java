package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The UploadSessions contract on the fake the use case tests run on. */
class InMemoryUploadSessionsContractTest extends UploadSessionsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
