package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;

/** The DiaryReads contract on the fake the use case tests run on. */
class InMemoryDiaryReadsContractTest extends DiaryReadsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }
}
