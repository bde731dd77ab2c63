package com.harufilm.domain.user;

/** Where a device token came from; UNKNOWN when a login named none. */
public enum Platform {
    ANDROID,
    IOS,
    WEB,
    UNKNOWN
}
