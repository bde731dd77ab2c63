package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.VideoTimestampsContract;

/** The VideoTimestamps contract on MariaDB, the production database's stand-in. */
class MariaDbVideoTimestampsIT extends VideoTimestampsContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
