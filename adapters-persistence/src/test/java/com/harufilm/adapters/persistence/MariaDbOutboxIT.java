package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.OutboxContract;

/** The Outbox contract on MariaDB, the production database's stand-in. */
class MariaDbOutboxIT extends OutboxContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
