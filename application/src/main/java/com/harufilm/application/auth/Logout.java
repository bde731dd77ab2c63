package com.harufilm.application.auth;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Ends the caller's login: its refresh tokens stop working, and the device stops getting pushes.
 * Idempotent, and silent about tokens that are unknown or someone else's.
 */
public final class Logout {

    private final LoginSessions sessions;
    private final DeviceRegistry devices;
    private final Transactions transactions;
    private final RefreshTokenCodec codec;
    private final Clock clock;

    public Logout(LoginSessions sessions, DeviceRegistry devices, Transactions transactions, RefreshTokenCodec codec, Clock clock) {
        this.sessions = sessions;
        this.devices = devices;
        this.transactions = transactions;
        this.codec = codec;
        this.clock = clock;
    }

    public void logout(UserId caller, String refreshToken, @Nullable DeviceToken device) {
        Require.text("refreshToken", refreshToken);
        transactions.run(() -> {
            sessions.findByHash(codec.hash(refreshToken))
                    .filter(stored -> stored.ownedBy(caller))
                    .ifPresent(stored -> sessions.revoke(stored.sessionId(), clock.instant()));
            if (device != null) {
                devices.unregister(caller, device.value());
            }
        });
    }
}
