package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.contract.DeviceRegistryContract;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.Test;

/** The DeviceRegistry contract on a database: its devices rows, and what a failing statement logs. */
abstract class JdbiDeviceRegistryContract extends DeviceRegistryContract<JdbiPorts> {

    @Override
    protected List<Device> registered(String fcmToken) {
        return ports.adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT user_id, platform FROM devices WHERE fcm_token = ?")
                .bind(0, fcmToken)
                .map((rs, ctx) -> new Device(new UserId(rs.getLong("user_id")), Platform.valueOf(rs.getString("platform")))).list());
    }

    @Override
    protected List<String> tokensOf(UserId userId) {
        return ports.adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT fcm_token FROM devices WHERE user_id = ? ORDER BY id")
                .bind(0, userId.value()).mapTo(String.class).list());
    }

    @Override
    protected void assertLastSeen(String fcmToken, Instant at) {
        assertSameSecond(at, ports.adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_seen_at FROM devices WHERE fcm_token = ?").bind(0, fcmToken).mapTo(Instant.class).one()));
    }

    @Test
    void aFailingStatementNamesItsSqlButNotTheTokenBoundToIt() {
        String token = "fcm-secret-" + "x".repeat(600);

        var failure = assertThrows(DependencyFailure.class, () -> ports.devices().register(newUser().id(), token, Platform.WEB, NOW));

        var statement = assertInstanceOf(StatementException.class, failure.getCause());
        String rendered = statement.getMessage().replace(statement.getShortMessage(), "");
        assertTrue(rendered.contains("devices"), rendered);
        assertFalse(rendered.contains("fcm-secret"), rendered);
    }
}
