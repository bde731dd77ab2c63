package com.harufilm.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.harufilm.domain.error.DomainException;
import com.harufilm.domain.error.InvalidFcmToken;
import com.harufilm.domain.error.InvalidRequest;
import java.util.Map;

/**
 * The longest text the API takes in each field, in characters (Unicode code points, as the
 * database's VARCHAR counts them), checked at the edge so no over-long value reaches a use case,
 * the database or Google. A member name means the same thing on every route, so one table serves
 * all bodies; a string member not listed here is held to {@link #OTHER}.
 */
public final class TextLimits {

    /** Any string member the table does not name; no field of the contract needs more. */
    static final int OTHER = 1000;

    private static final Map<String, Integer> MAX_CHARS = Map.ofEntries(
            Map.entry("email", 320),           // users.email
            Map.entry("name", 100),            // users.name
            Map.entry("timezone", 64),         // users.timezone
            Map.entry("locale", 8),            // users.locale
            Map.entry("reminderTime", 5),      // HH:mm
            Map.entry("fcmToken", 512),        // devices.fcm_token
            Map.entry("platform", 16),         // devices.platform
            Map.entry("fileName", 255),        // upload_sessions.file_name
            Map.entry("contentType", 127),     // upload_sessions.content_type (RFC 6838 caps type and subtype at 127)
            Map.entry("label", 200),           // video_timestamps.label
            Map.entry("uploadDate", 10),       // YYYY-MM-DD
            Map.entry("uploadId", 20),         // a 64-bit id
            Map.entry("etag", 128),            // an S3 part ETag is a quoted MD5, passed on to the store
            Map.entry("code", 2048),           // a Google authorization code, passed on to Google
            Map.entry("redirectUri", 2048),    // passed on to Google
            Map.entry("codeVerifier", 128),    // RFC 7636: 43 to 128 characters
            Map.entry("refreshToken", 128));   // ours are 43

    private TextLimits() {
    }

    /** The limit of a member or parameter, by its name. */
    static int of(String field) {
        return MAX_CHARS.getOrDefault(field, OTHER);
    }

    /** A path or query parameter, returned when it fits its field's limit. */
    public static String param(String field, String value) {
        check(field, field, value);
        return value;
    }

    /** Every string anywhere in a body, held to the limit of the member it belongs to. */
    static void check(JsonNode body) {
        check(body, "", "");
    }

    private static void check(JsonNode node, String member, String path) {
        if (node.isTextual()) {
            check(member, path, node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                check(entry.getValue(), entry.getKey(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), member, path + "[" + i + "]");
            }
        }
    }

    private static void check(String member, String path, String value) {
        int limit = of(member);
        // length() bounds the code point count from above: most values skip the count
        if (value.length() > limit && value.codePointCount(0, value.length()) > limit) {
            throw tooLong(member, path, limit);
        }
    }

    /** api.md gives a bad device token its own code; every other field is an invalid request. */
    private static DomainException tooLong(String member, String path, int limit) {
        String detail = path + " must be at most " + limit + " characters";
        return member.equals("fcmToken") ? new InvalidFcmToken(detail) : new InvalidRequest(path, detail);
    }
}
