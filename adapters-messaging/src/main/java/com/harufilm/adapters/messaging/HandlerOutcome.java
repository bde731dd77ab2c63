package com.harufilm.adapters.messaging;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What became of one delivery to a handler; both consumers act on it the same way. */
enum HandlerOutcome {
    HANDLED, POISON, FAILED;

    private static final Logger log = LoggerFactory.getLogger(HandlerOutcome.class);

    /** Runs the handler once; a poison message is one whose failure has a {@link MalformedMessage} anywhere in its causes. */
    static HandlerOutcome of(MessageHandler handler, String source, String payload, int previousDeliveries) {
        try {
            handler.handle(payload, previousDeliveries);
            return HANDLED;
        } catch (Exception e) {
            if (isPoison(e)) {
                log.warn("dead-lettering a malformed message from {}: {}", source, e.toString());
                return POISON;
            }
            log.warn("handling a message from {} failed (earlier failures: {})", source, previousDeliveries, e);
            return FAILED;
        }
    }

    private static boolean isPoison(Throwable e) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedMessage) {
                return true;
            }
        }
        return false;
    }
}
