package com.harufilm.adapters.media;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.io.IOException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Translates AWS SDK failures into the port's DependencyFailure, so no SDK exception reaches the core. */
final class S3Failures {

    private S3Failures() {
    }

    /** Runs {@code call}; any SDK failure becomes a DependencyFailure with {@code code}, or S3_UNAVAILABLE for an outage. */
    static <T extends @Nullable Object> T translate(ErrorCode code, String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw failure(code, action, e);
        }
    }

    /** As above, but a failure {@code expected} accepts is an answer, not an error: {@code instead} is returned. */
    static <T extends @Nullable Object> T translate(ErrorCode code, String action, Supplier<T> call, Predicate<SdkException> expected, T instead) {
        try {
            return call.get();
        } catch (SdkException e) {
            if (expected.test(e)) {
                return instead;
            }
            throw failure(code, action, e);
        }
    }

    private static DependencyFailure failure(ErrorCode code, String action, SdkException e) {
        return new DependencyFailure(isOutage(e) ? ErrorCode.S3_UNAVAILABLE : code, action + " failed: " + summary(e), e);
    }

    /**
     * The store away rather than refusing this call: it answered 5xx, or nothing came back in time (a
     * refused or cut connection, a timeout). Clients are told 503 so they retry; a 4xx, a missing
     * credential or an unreadable answer keep the action's code.
     */
    static boolean isOutage(SdkException e) {
        if (e instanceof S3Exception s3) {
            return s3.statusCode() >= 500;
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The store no longer knows the upload (completed or aborted), as S3 and S3Proxy say it. */
    static boolean noSuchUpload(SdkException e) {
        return e instanceof NoSuchUploadException || "NoSuchUpload".equals(errorCode(e));
    }

    /** The object is missing; a HEAD answer has no body, so only its status says so. */
    static boolean notFound(SdkException e) {
        return e instanceof NoSuchKeyException || e instanceof S3Exception s3 && s3.statusCode() == 404;
    }

    /** Status and S3 error code only: the message reaches logs and may reach answers, so no URLs or request details. */
    private static String summary(SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = errorCode(e);
            return "the store answered " + s3.statusCode() + (code == null ? "" : " " + code);
        }
        // Client-side: unreachable, timed out, no credentials, an answer it could not read.
        return "no usable answer from the store (" + e.getClass().getSimpleName() + ")";
    }

    private static @Nullable String errorCode(SdkException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return s3.awsErrorDetails().errorCode();
        }
        return null;
    }
}
