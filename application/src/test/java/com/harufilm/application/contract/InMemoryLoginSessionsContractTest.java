package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;
import java.time.Instant;

/** The LoginSessions contract on the fake the use case tests run on. */
class InMemoryLoginSessionsContractTest extends LoginSessionsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }

    @Override
    protected void assertRevokedAt(long session, Instant revokedAt) {
        assertSameSecond(revokedAt, ports.loginSessions().revoked.get(session));
    }
}
