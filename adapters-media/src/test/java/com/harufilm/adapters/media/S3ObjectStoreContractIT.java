package com.harufilm.adapters.media;

import com.harufilm.application.contract.ObjectStoreContract;
import com.harufilm.application.contract.PortContract;
import com.harufilm.application.port.out.ObjectStore;
import java.util.List;

/** The ObjectStore contract on the S3 adapter, against the local S3 server in a folder. */
class S3ObjectStoreContractIT extends ObjectStoreContract {

    private LocalObjectStore local;

    @Override
    protected ObjectStore openStore() throws Exception {
        local = LocalObjectStore.start(folder.resolve("store"), List.of(), PortContract.NOW);
        return local.store;
    }

    @Override
    protected void closeStore() throws Exception {
        local.close();
    }
}
