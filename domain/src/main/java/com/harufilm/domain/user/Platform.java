package com.harufilm.domain.user;

import com.harufilm.domain.error.InvalidRequest;

/** Where a device token came from; UNKNOWN when a login named none. */
public enum Platform {
    ANDROID,
    IOS,
    WEB,
    UNKNOWN;

    /** The platforms a client may name: ANDROID, IOS or WEB. */
    public static Platform fromClient(String name) {
        return switch (name) {
            case "ANDROID" -> ANDROID;
            case "IOS" -> IOS;
            case "WEB" -> WEB;
            default -> throw new InvalidRequest("platform", "platform must be ANDROID, IOS or WEB");
        };
    }
}
