package com.harufilm.adapters.messaging;

/** A payload no retry can fix (not JSON, wrong shape); consumers dead-letter it without retrying. */
public final class MalformedMessage extends RuntimeException {

    public MalformedMessage(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedMessage(String message) {
        super(message);
    }
}
