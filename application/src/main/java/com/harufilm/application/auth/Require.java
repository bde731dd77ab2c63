package com.harufilm.application.auth;

import com.harufilm.domain.error.InvalidRequest;
import org.jspecify.annotations.Nullable;

/** Presence checks shared by the commands, naming the client's field. */
final class Require {

    private Require() {
    }

    static void text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field, field + " is required");
        }
    }
}
