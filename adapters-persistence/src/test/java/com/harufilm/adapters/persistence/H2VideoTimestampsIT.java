package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.VideoTimestampsContract;

/** The VideoTimestamps contract on H2 in MySQL mode, the embedded run's database. */
class H2VideoTimestampsIT extends VideoTimestampsContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
