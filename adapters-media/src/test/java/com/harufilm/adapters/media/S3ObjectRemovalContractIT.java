package com.harufilm.adapters.media;

import com.harufilm.application.contract.ObjectRemovalContract;
import com.harufilm.application.contract.PortContract;
import java.util.List;

/** The ObjectRemoval contract on the S3 adapters, against the local S3 server in a folder. */
class S3ObjectRemovalContractIT extends ObjectRemovalContract {

    @Override
    protected OpenStore openStore() throws Exception {
        return LocalObjectStore.start(folder.resolve("store"), List.of(), PortContract.NOW);
    }
}
