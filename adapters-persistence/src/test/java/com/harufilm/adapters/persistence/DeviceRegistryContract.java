package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.Test;

/** What DeviceRegistry promises, run against every database the product supports. */
abstract class DeviceRegistryContract extends PersistenceContract {

    /** A devices row as the push sender will read it. */
    record Device(long userId, String platform) {
        Device(UserId userId, Platform platform) {
            this(userId.value(), platform.name());
        }
    }

    private DeviceRegistry devices() {
        return adapters.devices();
    }

    private List<Device> rows(String fcmToken) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT user_id, platform FROM devices WHERE fcm_token = ?")
                .bind(0, fcmToken).map((rs, ctx) -> new Device(rs.getLong("user_id"), rs.getString("platform"))).list());
    }

    @Test
    void aFailingStatementNamesItsSqlButNotTheTokenBoundToIt() {
        String token = "fcm-secret-" + "x".repeat(600);

        var failure = assertThrows(DependencyFailure.class, () -> devices().register(newUser().id(), token, Platform.WEB, NOW));

        var statement = assertInstanceOf(StatementException.class, failure.getCause());
        String rendered = statement.getMessage().replace(statement.getShortMessage(), "");
        assertTrue(rendered.contains("devices"), rendered);
        assertFalse(rendered.contains("fcm-secret"), rendered);
    }

    @Test
    void registeringATokenAgainKeepsOneRowWithTheLatestPlatform() {
        UserId user = newUser().id();
        String token = unique("fcm-");

        devices().register(user, token, Platform.ANDROID, NOW);
        devices().register(user, token, Platform.IOS, NOW.plusSeconds(60));

        assertEquals(List.of(new Device(user, Platform.IOS)), rows(token));
        assertSameSecond(NOW.plusSeconds(60), adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_seen_at FROM devices WHERE fcm_token = ?").bind(0, token)
                .mapTo(Instant.class).one()));
    }

    @Test
    void aTokenRegisteredByAnotherUserMovesToThem() {
        UserId before = newUser().id();
        UserId after = newUser().id();
        String token = unique("fcm-");

        devices().register(before, token, Platform.ANDROID, NOW);
        devices().register(after, token, Platform.WEB, NOW.plusSeconds(60));

        assertEquals(List.of(new Device(after, Platform.WEB)), rows(token));
    }

    @Test
    void onlyTheOwnerUnregistersAToken() {
        UserId owner = newUser().id();
        UserId stranger = newUser().id();
        String token = unique("fcm-");
        devices().register(owner, token, Platform.ANDROID, NOW);

        devices().unregister(stranger, token);
        assertEquals(List.of(new Device(owner, Platform.ANDROID)), rows(token));

        devices().unregister(owner, token);
        assertEquals(List.of(), rows(token));
    }

    @Test
    void forgettingTokensRemovesThoseAndNoOthers() {
        UserId one = newUser().id();
        UserId two = newUser().id();
        String rejected = unique("fcm-");
        String alsoRejected = unique("fcm-");
        String kept = unique("fcm-");
        devices().register(one, rejected, Platform.ANDROID, NOW);
        devices().register(two, alsoRejected, Platform.IOS, NOW);
        devices().register(one, kept, Platform.WEB, NOW);

        devices().forget(List.of(rejected, alsoRejected, unique("fcm-never-registered-")));
        devices().forget(List.of());

        assertEquals(List.of(kept), tokensOf(one));
        assertEquals(List.of(), tokensOf(two));
    }

    private List<String> tokensOf(UserId userId) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT fcm_token FROM devices WHERE user_id = ?")
                .bind(0, userId.value()).mapTo(String.class).list());
    }
}
