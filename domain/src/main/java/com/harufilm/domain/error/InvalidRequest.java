package com.harufilm.domain.error;

import org.jspecify.annotations.Nullable;

/** A request the contract does not allow: a missing or malformed field, a value out of range. */
public final class InvalidRequest extends DomainException {

    private final @Nullable String field;

    public InvalidRequest(@Nullable String field, String message) {
        super(ErrorCode.INVALID_REQUEST, message, null);
        this.field = field;
    }

    /** The offending field as the client named it, when one field is to blame. */
    public @Nullable String field() {
        return field;
    }
}
