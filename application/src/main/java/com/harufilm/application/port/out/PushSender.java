package com.harufilm.application.port.out;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sends push notifications to device tokens (FCM in production). Sends in batches, retries what
 * the service calls transient, and says per token what happened, so the caller can forget
 * tokens that are no longer valid.
 */
public interface PushSender {

    /** One notification for one device; {@code collapseKey} makes a resend replace, not add to, a shown one. */
    record PushMessage(String token, String title, String body, Map<String, String> data, @Nullable String collapseKey) {
        public PushMessage {
            data = Map.copyOf(data);
        }
    }

    /** What became of one message. */
    enum Outcome {
        SENT,
        /** Written to a log instead of a push service (the embedded run, or HARU_PUSH=log): no phone got it. */
        LOGGED,
        /** The token is unregistered or malformed: forget it. */
        INVALID_TOKEN,
        /** Not delivered even after retries; the token may be fine. */
        FAILED
    }

    record PushResult(String token, Outcome outcome) {
    }

    /** Results in the order of {@code messages}. */
    List<PushResult> send(List<PushMessage> messages);
}
