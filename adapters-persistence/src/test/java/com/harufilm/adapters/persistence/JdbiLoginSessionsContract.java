package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.LoginSessionsContract;
import java.time.Instant;

/** The LoginSessions contract on a database, with the revocation time only its rows show. */
abstract class JdbiLoginSessionsContract extends LoginSessionsContract<JdbiPorts> {

    @Override
    protected void assertRevokedAt(long session, Instant revokedAt) {
        assertSameSecond(revokedAt, ports.adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT revoked_at FROM login_sessions WHERE id = ?").bind(0, session).mapTo(Instant.class).one()));
    }
}
