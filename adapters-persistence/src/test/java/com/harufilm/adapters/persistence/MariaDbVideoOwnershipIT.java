package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.VideoOwnershipContract;

/** The VideoRepository ownership contract on MariaDB, the production database's stand-in. */
class MariaDbVideoOwnershipIT extends VideoOwnershipContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
