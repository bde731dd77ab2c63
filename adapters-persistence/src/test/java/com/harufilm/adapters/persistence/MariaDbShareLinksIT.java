package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.ShareLinksContract;

/** The ShareLinks contract on MariaDB, the production database's stand-in. */
class MariaDbShareLinksIT extends ShareLinksContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
