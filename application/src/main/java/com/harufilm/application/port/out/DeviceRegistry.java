package com.harufilm.application.port.out;

import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** The FCM tokens of each user's devices. */
public interface DeviceRegistry {

    /** Registers or refreshes the token for this user; a token another user had moves to this one. */
    void register(UserId userId, String fcmToken, Platform platform, Instant now);

    /** Forgets the token if it is this user's; another user's token is left alone. */
    void unregister(UserId userId, String fcmToken);

    /** Forgets tokens the push service rejected as unregistered or invalid, whoever had them. */
    void forget(List<String> fcmTokens);
}
