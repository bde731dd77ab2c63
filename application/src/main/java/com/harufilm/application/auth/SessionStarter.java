package com.harufilm.application.auth;

import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The last steps every login shares: remember the device, start a login, hand out the first token pair. */
public final class SessionStarter {

    private final LoginSessions sessions;
    private final DeviceRegistry devices;
    private final AccessTokens accessTokens;
    private final RefreshTokenCodec codec;
    private final Duration refreshLifetime;

    public SessionStarter(LoginSessions sessions, DeviceRegistry devices, AccessTokens accessTokens,
                          RefreshTokenCodec codec, Duration refreshLifetime) {
        this.sessions = sessions;
        this.devices = devices;
        this.accessTokens = accessTokens;
        this.codec = codec;
        this.refreshLifetime = refreshLifetime;
    }

    /** Runs inside the caller's transaction. */
    LoginResult start(User user, @Nullable DeviceToken device, @Nullable Platform platform, Instant now) {
        if (device != null) {
            devices.register(user.id(), device.value(), platform == null ? Platform.UNKNOWN : platform, now);
        }
        String refreshToken = codec.newToken();
        sessions.start(user.id(), codec.hash(refreshToken), now, now.plus(refreshLifetime));
        return pair(user, refreshToken, now);
    }

    LoginResult pair(User user, String refreshToken, Instant now) {
        return new LoginResult(accessTokens.issue(user.id(), now), refreshToken, accessTokens.lifetime().toSeconds(), user);
    }

    Duration refreshLifetime() {
        return refreshLifetime;
    }

    RefreshTokenCodec codec() {
        return codec;
    }
}
