package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.OutboxContract;

/** The Outbox contract on H2 in MySQL mode, the embedded run's database. */
class H2OutboxIT extends OutboxContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
