package com.harufilm.adapters.messaging;

/**
 * What a consumer does with one message's payload. Returning acknowledges it; throwing
 * {@link MalformedMessage} dead-letters it at once; any other exception retries it with backoff.
 * Messages arrive at least once, so handlers must be idempotent.
 */
@FunctionalInterface
public interface MessageHandler {

    /** {@code previousDeliveries}: how many deliveries of this message failed before this one (0 the first time). */
    void handle(String payload, int previousDeliveries) throws Exception;
}
