package com.harufilm.domain.error;

import org.jspecify.annotations.Nullable;

/** Google refused the code or its ID token, or could not be reached (then the failure is Google's, not the client's). */
public final class GoogleLoginFailed extends DomainException {

    private final boolean googleUnreachable;

    private GoogleLoginFailed(String message, boolean googleUnreachable, @Nullable Throwable cause) {
        super(ErrorCode.GOOGLE_AUTH_FAILED, message, cause);
        this.googleUnreachable = googleUnreachable;
    }

    public static GoogleLoginFailed rejected(String message) {
        return new GoogleLoginFailed(message, false, null);
    }

    public static GoogleLoginFailed unreachable(String message, Throwable cause) {
        return new GoogleLoginFailed(message, true, cause);
    }

    /** Whether Google could not be reached at all, rather than refusing what the client sent. */
    public boolean googleUnreachable() {
        return googleUnreachable;
    }
}
