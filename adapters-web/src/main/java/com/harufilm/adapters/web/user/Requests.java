package com.harufilm.adapters.web.user;

import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import org.jspecify.annotations.Nullable;

/** The JSON body of the device routes as clients send it, and how a device named in any body is read; commands validate the values. */
public final class Requests {

    private Requests() {
    }

    record Device(@Nullable String fcmToken, @Nullable String platform) {
    }

    public static @Nullable DeviceToken device(@Nullable String fcmToken) {
        return fcmToken == null ? null : new DeviceToken(fcmToken);
    }

    public static @Nullable Platform platform(@Nullable String platform) {
        return platform == null ? null : Platform.fromClient(platform);
    }
}
