package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.GoogleLoginFailed;
import com.harufilm.domain.error.UploadNotFound;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorStatusesTest {

    /** api.md's error table, as written there (codes the code never raises are listed too). */
    private static final Map<String, Integer> API_TABLE = Map.ofEntries(
            Map.entry("INVALID_REQUEST", 400), Map.entry("INVALID_TOKEN", 401), Map.entry("TOKEN_EXPIRED", 401),
            Map.entry("INVALID_REFRESH_TOKEN", 401), Map.entry("GOOGLE_AUTH_FAILED", 401), Map.entry("USER_NOT_FOUND", 404),
            Map.entry("USER_ALREADY_EXISTS", 409), Map.entry("VIDEO_NOT_FOUND", 404), Map.entry("VIDEO_ALREADY_EXISTS", 409),
            Map.entry("VIDEO_ENCODING_FAILED", 500), Map.entry("INVALID_VIDEO_FORMAT", 400), Map.entry("UPLOAD_NOT_FOUND", 404),
            Map.entry("UPLOAD_INITIATION_FAILED", 500), Map.entry("UPLOAD_COMPLETION_FAILED", 500),
            Map.entry("INVALID_UPLOAD_PART", 400), Map.entry("MISSING_UPLOAD_DATA", 400), Map.entry("S3_UPLOAD_FAILED", 500),
            Map.entry("S3_DELETE_FAILED", 500), Map.entry("S3_URL_GENERATION_FAILED", 500),
            Map.entry("S3_UNAVAILABLE", 503), Map.entry("INVALID_FCM_TOKEN", 400),
            Map.entry("FCM_SEND_FAILED", 500), Map.entry("DATABASE_ERROR", 500), Map.entry("DATABASE_CONNECTION_FAILED", 503),
            Map.entry("MESSAGE_QUEUE_ERROR", 500), Map.entry("MESSAGE_PUBLISH_FAILED", 500), Map.entry("RATE_LIMITED", 429),
            Map.entry("TOO_MANY_UPLOADS", 429), Map.entry("VIDEO_NOT_READY", 409), Map.entry("SHARE_NOT_FOUND", 404),
            Map.entry("PAYLOAD_TOO_LARGE", 413), Map.entry("NOT_FOUND", 404), Map.entry("INTERNAL_ERROR", 500));

    @Test
    void everyCodeAnswersTheStatusApiMdGivesIt() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(API_TABLE.containsKey(code.name()), code + " is not in api.md's table");
            assertEquals(API_TABLE.get(code.name()), ErrorStatuses.of(code), code.name());
        }
    }

    @Test
    void aDomainErrorAnswersItsCodesStatus() {
        assertEquals(404, ErrorStatuses.of(new UploadNotFound("gone")));
        assertEquals(401, ErrorStatuses.of(GoogleLoginFailed.rejected("bad code")));
    }

    @Test
    void googleOutOfReachAnswers502() {
        assertEquals(502, ErrorStatuses.of(GoogleLoginFailed.unreachable("down", new ConnectException("refused"))));
    }
}
