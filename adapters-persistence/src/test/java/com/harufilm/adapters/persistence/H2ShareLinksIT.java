package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.ShareLinksContract;

/** The ShareLinks contract on H2 in MySQL mode, the embedded run's database. */
class H2ShareLinksIT extends ShareLinksContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
