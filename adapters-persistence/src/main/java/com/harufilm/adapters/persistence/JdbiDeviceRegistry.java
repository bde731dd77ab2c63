package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Devices' FCM tokens in the devices table, one row per token. */
final class JdbiDeviceRegistry implements DeviceRegistry {

    private final JdbiHandles handles;

    JdbiDeviceRegistry(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public void register(UserId userId, String fcmToken, Platform platform, Instant now) {
        // One statement keyed by the unique token, so concurrent registrations never collide;
        // VALUES() rather than MySQL 8's row alias, which MariaDB does not accept.
        handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO devices (user_id, fcm_token, platform, created_at, last_seen_at)
                        VALUES (:user, :token, :platform, :now, :now)
                        ON DUPLICATE KEY UPDATE user_id = VALUES(user_id), platform = VALUES(platform),
                                                last_seen_at = VALUES(last_seen_at)""")
                .bind("user", userId.value()).bind("token", fcmToken).bind("platform", platform.name()).bind("now", now)
                .execute());
    }

    @Override
    public void unregister(UserId userId, String fcmToken) {
        handles.withHandle(handle -> handle.createUpdate("DELETE FROM devices WHERE fcm_token = :token AND user_id = :user")
                .bind("token", fcmToken).bind("user", userId.value())
                .execute());
    }

    @Override
    public void forget(List<String> fcmTokens) {
        // An empty IN () is not SQL; nothing to forget is nothing to do.
        if (fcmTokens.isEmpty()) {
            return;
        }
        handles.withHandle(handle -> handle.createUpdate("DELETE FROM devices WHERE fcm_token IN (<tokens>)")
                .bindList("tokens", fcmTokens).execute());
    }
}
