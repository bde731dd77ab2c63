package com.harufilm.adapters.media;

import com.harufilm.application.contract.PortContract;
import com.harufilm.application.contract.SignedLinksContract;
import java.time.Duration;
import java.util.List;

/** The SignedLinks contract on the S3 adapters, against the local S3 server; its signatures keep real time. */
class S3SignedLinksContractIT extends SignedLinksContract {

    @Override
    protected OpenStore openStore() throws Exception {
        return LocalObjectStore.start(folder.resolve("store"), List.of(), PortContract.NOW);
    }

    @Override
    protected void letPass(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }
}
