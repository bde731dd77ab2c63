package com.harufilm.domain.error;

import org.jspecify.annotations.Nullable;

/** Google refused the code or its ID token (401), or could not be reached (502). */
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

    @Override
    public int httpStatus() {
        return googleUnreachable ? 502 : super.httpStatus();
    }
}
