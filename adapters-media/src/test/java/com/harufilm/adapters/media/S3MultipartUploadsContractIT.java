package com.harufilm.adapters.media;

import com.harufilm.application.contract.MultipartUploadsContract;
import com.harufilm.application.contract.PortContract;
import java.util.List;

/** The MultipartUploads contract on the S3 adapters, against the local S3 server in a folder. */
class S3MultipartUploadsContractIT extends MultipartUploadsContract {

    @Override
    protected OpenStore openStore() throws Exception {
        return LocalObjectStore.start(folder.resolve("store"), List.of(), PortContract.NOW);
    }
}
