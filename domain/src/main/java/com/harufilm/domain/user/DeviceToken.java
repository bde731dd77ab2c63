package com.harufilm.domain.user;

import com.harufilm.domain.error.InvalidFcmToken;

/** An FCM registration token as a device sent it: printable, without spaces, at most 512 characters. */
public record DeviceToken(String value) {

    public static final int MAX_LENGTH = 512;

    public DeviceToken {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFcmToken("fcmToken must be 1 to " + MAX_LENGTH + " printable characters without spaces");
        }
    }
}
