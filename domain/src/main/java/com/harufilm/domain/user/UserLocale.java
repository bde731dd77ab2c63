package com.harufilm.domain.user;

import java.util.Arrays;
import java.util.Optional;

/** The languages texts and questions come in. */
public enum UserLocale {
    KO("ko"),
    EN("en");

    private final String tag;

    UserLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Optional<UserLocale> fromTag(String tag) {
        return Arrays.stream(values()).filter(locale -> locale.tag.equals(tag)).findFirst();
    }
}
