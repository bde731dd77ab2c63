package com.harufilm.domain.user;

/** Identifies a user; opaque to clients, who see it as a string. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user ids are positive");
        }
    }

    /** Where every stored object of this user lives, so deleting the account can sweep them all. */
    public String objectPrefix() {
        return "users/" + value + "/";
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
