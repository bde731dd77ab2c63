package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.VideoOwnershipContract;

/** The VideoRepository ownership contract on H2 in MySQL mode, the embedded run's database. */
class H2VideoOwnershipIT extends VideoOwnershipContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
