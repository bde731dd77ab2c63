package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aDeviceTokenInThePathIsLoggedAsAShortHashOnly() {
        String logged = RequestLog.path("/users/me/devices/{fcmToken}", Map.of("fcmToken", "fcm:secret-device-token"));

        assertEquals("/users/me/devices/#" + RequestLog.shortHash("fcm:secret-device-token"), logged);
        assertEquals(8, RequestLog.shortHash("fcm:secret-device-token").length());
    }

    @Test
    void aShareLinksTokenIsLoggedAsAShortHashOnly() {
        String token = "_6i0PgtrEzC0SsRRJ_MZTMord2EMLRmi";

        assertEquals("/s/#" + RequestLog.shortHash(token), RequestLog.path("/s/{token}", Map.of("token", token)));
        assertEquals("/s/#" + RequestLog.shortHash(token) + "/360p/index.m3u8",
                RequestLog.path("/s/{token}/<path>", Map.of("token", token, "path", "360p/index.m3u8")));
    }

    @Test
    void otherParametersAreLoggedPrintableAndShort() {
        assertEquals("/videos/42/timestamps/7", RequestLog.path("/videos/{videoId}/timestamps/{timestampId}",
                Map.of("videoId", "42", "timestampId", "7")));
        assertEquals("/videos/1?forged=line", RequestLog.path("/videos/{videoId}", Map.of("videoId", "1\nforged=line")));
        assertEquals("/videos/" + "9".repeat(64) + "...", RequestLog.path("/videos/{videoId}", Map.of("videoId", "9".repeat(100))));
    }
}
