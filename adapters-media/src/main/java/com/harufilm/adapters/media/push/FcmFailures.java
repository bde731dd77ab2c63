package com.harufilm.adapters.media.push;

import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sorts FCM's per-message errors into: forget the token, try again later, or give up. */
final class FcmFailures {

    enum Kind { INVALID_TOKEN, TRANSIENT, PERMANENT }

    private static final Set<MessagingErrorCode> TRANSIENT_FCM = Set.of(
            MessagingErrorCode.UNAVAILABLE, MessagingErrorCode.INTERNAL, MessagingErrorCode.QUOTA_EXCEEDED);
    // Errors without an FCM detail (a bare 503 from a proxy, say) only carry the platform code.
    private static final Set<ErrorCode> TRANSIENT_PLATFORM = Set.of(
            ErrorCode.UNAVAILABLE, ErrorCode.INTERNAL, ErrorCode.RESOURCE_EXHAUSTED);

    private FcmFailures() {
    }

    static Kind classify(FirebaseMessagingException e) {
        MessagingErrorCode fcm = e.getMessagingErrorCode();
        if (fcm == MessagingErrorCode.UNREGISTERED) {
            return Kind.INVALID_TOKEN;
        }
        boolean invalidArgument = fcm == MessagingErrorCode.INVALID_ARGUMENT
                || (fcm == null && e.getErrorCode() == ErrorCode.INVALID_ARGUMENT);
        if (invalidArgument) {
            // INVALID_ARGUMENT also covers a bad payload; only a bad token means "forget the token".
            return blamesToken(e) ? Kind.INVALID_TOKEN : Kind.PERMANENT;
        }
        if (fcm != null ? TRANSIENT_FCM.contains(fcm) : TRANSIENT_PLATFORM.contains(e.getErrorCode())) {
            return Kind.TRANSIENT;
        }
        return Kind.PERMANENT;
    }

    private static boolean blamesToken(FirebaseMessagingException e) {
        IncomingHttpResponse response = e.getHttpResponse();
        String text = (e.getMessage() == null ? "" : e.getMessage())
                + (response == null || response.getContent() == null ? "" : response.getContent());
        return text.toLowerCase(Locale.ROOT).contains("token");
    }

    /** The wait the service asked for in Retry-After (delta-seconds form), if it asked. */
    static Optional<Duration> retryAfter(FirebaseMessagingException e) {
        IncomingHttpResponse response = e.getHttpResponse();
        if (response == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Object> header : response.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Retry-After")) {
                Object value = header.getValue() instanceof List<?> list && !list.isEmpty() ? list.get(0) : header.getValue();
                try {
                    return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(String.valueOf(value).trim()))));
                } catch (NumberFormatException notSeconds) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
