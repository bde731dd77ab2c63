package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.ApiUnderTest.Response;
import com.harufilm.bootstrap.api.HostileInput.Route;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Bodies, parameters and bytes of the wrong shape on every route: always a 4xx problem naming what is wrong, never a 5xx. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputHttpContract {

    @TempDir
    static Path work;

    private HostileInput arena;
    private ApiUnderTest api;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() throws Exception {
        arena = HostileInput.start(createDatabase(), work);
        api = arena.api;
    }

    @AfterAll
    void stop() throws Exception {
        arena.close();
    }

    private Response send(Route route, String body) throws Exception {
        Response response = api.send(route.method(), route.path(), body, arena.accessToken);
        HostileInput.assertClean(route + " " + body, response);
        return response;
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsAnInvalidRequestOnEveryRoute() throws Exception {
        for (Route route : arena.bodyRoutes()) {
            for (String body : new String[] {"null", "\"x\"", "1", "[]", "[{}]", "true", "", "{\"a\":"}) {
                Response response = send(route, body);

                assertEquals(400, response.status(), route + " " + body);
                assertEquals("INVALID_REQUEST", response.code(), route + " " + body);
            }
        }
    }

    @Test
    void membersOfTheWrongShapeAreNamed() throws Exception {
        Route complete = new Route("POST", "/uploads/multi-parts/complete");
        String upload = "{\"uploadId\":\"" + arena.uploadId + "\",";

        assertEquals("INVALID_UPLOAD_PART", send(complete, upload + "\"parts\":[null]}").code());
        assertTrue(send(complete, upload + "\"parts\":[1]}").body().get("detail").asText().contains("parts[0]"));
        assertTrue(send(complete, upload + "\"parts\":\"x\"}").body().get("detail").asText().contains("parts"));
        assertEquals(400, send(complete, upload + "\"parts\":[{\"partNumber\":1,\"etag\":\"e\"}],\"timestamps\":[{}]}").status());
        assertEquals(400, send(complete, upload + "\"parts\":[{\"partNumber\":1,\"etag\":\"e\"}],\"timestamps\":[1]}").status());
        assertTrue(send(new Route("POST", "/auth/dev"), "{\"email\":{\"a\":1}}").body().get("detail").asText().contains("email"));
        assertEquals(400, send(new Route("POST", "/uploads/multi-parts/initiate"),
                "{\"uploadDate\":\"2026-05-07\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":99999999999999999999}")
                .status());
        assertEquals(400, send(new Route("POST", "/videos/" + arena.videoId + "/timestamps"), "{\"offsetSec\":1e400,\"label\":\"x\"}")
                .status());
    }

    @Test
    void bytesThatAreNotUtf8AndBodiesNestedTooDeeplyAreInvalidRequests() throws Exception {
        String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        for (Route route : arena.bodyRoutes()) {
            assertEquals("INVALID_REQUEST", send(route, deep).code(), route.toString());
        }
        send(new Route("POST", "/auth/dev"), "{\"email\":\"a\\uDC00@example.com\"}");
        send(new Route("PATCH", "/users/me"), "{\"name\":\"\\u0000\\uD800\"}");
    }

    @Test
    void parametersOutOfEveryRangeAreAClientError() throws Exception {
        String part = "/uploads/multi-parts/part?uploadId=";
        String[] paths = {
            part + "99999999999999999999&partNumber=1", part + "-1&partNumber=1", part + arena.uploadId + "&partNumber=-1",
            part + arena.uploadId + "&partNumber=99999999999", part + arena.uploadId + "&partNumber=", part + "&partNumber=1",
            "/uploads/multi-parts/parts?uploadId=" + arena.uploadId + "&partNumbers=" + "1,".repeat(3000) + "1",
            "/uploads/multi-parts/parts?uploadId=" + arena.uploadId + "&partNumbers=1,,2",
            "/uploads/multi-parts/parts?uploadId=" + arena.uploadId + "&partNumbers=,",
            "/uploads/multi-parts/99999999999999999999", "/uploads/multi-parts/-1",
            "/videos?month=9999-99", "/videos?month=%2B99999-01", "/videos?month=-0001-01", "/videos?month=0000-01", "/videos",
            "/videos/by-date/%2B99999-01-01", "/videos/by-date/0001-01-01", "/videos/by-date/2026-02-30",
            "/videos/99999999999999999999", "/videos/-1", "/videos/" + arena.videoId + "/playback/master.m3u8?expires=99999999999999&signature=x",
        };
        for (String path : paths) {
            Response response = api.send("GET", path, null, arena.accessToken);
            HostileInput.assertClean("GET " + path, response);
            assertTrue(response.status() >= 400, path + " answered " + response.status());
        }
        for (String path : new String[] {"/videos/99999999999999999999", "/videos/" + arena.videoId + "/timestamps/99999999999999999999",
                "/videos/" + arena.videoId + "/timestamps/-1", "/users/me/devices/" + "t".repeat(600)}) {
            HostileInput.assertClean("DELETE " + path, api.send("DELETE", path, null, arena.accessToken));
        }
    }

    @Test
    void aContentTypeLongerThanItsColumnIsRefusedAtTheEdgeAndNothingIsStored() throws Exception {
        Response refused = send(new Route("POST", "/uploads/multi-parts/initiate"), "{\"uploadDate\":\"2026-05-08\",\"fileName\":\"a.mp4\","
                + "\"contentType\":\"video/" + "a".repeat(300) + "\",\"fileSize\":6000000}");

        assertEquals(400, refused.status(), refused.body().toString());
        assertEquals("INVALID_REQUEST", refused.code());
        assertEquals("contentType must be at most 127 characters", refused.body().get("detail").asText());
        assertEquals(0, arena.count("SELECT COUNT(*) FROM upload_sessions WHERE upload_date = '2026-05-08'"));
    }

    @Test
    void everyStoredStringIsBoundedWithADetailNamingFieldAndLimit() throws Exception {
        String upload = "{\"uploadId\":\"" + arena.uploadId + "\",\"parts\":[{\"partNumber\":1,\"etag\":\"e\"}],";
        String[][] cases = {
            {"POST", "/uploads/multi-parts/initiate", "{\"uploadDate\":\"2026-05-08\",\"fileName\":\"" + "f".repeat(256)
                    + "\",\"contentType\":\"video/mp4\",\"fileSize\":6000000}", "fileName must be at most 255 characters"},
            {"POST", "/uploads/multi-parts/complete", upload + "\"timestamps\":[{\"offsetSec\":1,\"label\":\"" + "l".repeat(201) + "\"}]}",
                "timestamps[0].label must be at most 200 characters"},
            {"POST", "/videos/" + arena.videoId + "/timestamps", "{\"offsetSec\":1,\"label\":\"" + "l".repeat(201) + "\"}",
                "label must be at most 200 characters"},
            {"PATCH", "/users/me", "{\"name\":\"" + "n".repeat(101) + "\"}", "name must be at most 100 characters"},
            {"PATCH", "/users/me", "{\"timezone\":\"" + "z".repeat(65) + "\"}", "timezone must be at most 64 characters"},
            {"POST", "/users/me/devices", "{\"fcmToken\":\"" + "t".repeat(513) + "\",\"platform\":\"WEB\"}",
                "fcmToken must be at most 512 characters"},
            {"POST", "/users/me/devices", "{\"fcmToken\":\"t\",\"platform\":\"" + "W".repeat(17) + "\"}",
                "platform must be at most 16 characters"},
            {"POST", "/auth/dev", "{\"email\":\"" + "e".repeat(321) + "\"}", "email must be at most 320 characters"},
            {"POST", "/auth/google", "{\"code\":\"" + "c".repeat(2049) + "\",\"redirectUri\":\"https://app/cb\"}",
                "code must be at most 2048 characters"},
            {"POST", "/auth/google", "{\"code\":\"c\",\"redirectUri\":\"https://app/cb\",\"codeVerifier\":\"" + "v".repeat(129) + "\"}",
                "codeVerifier must be at most 128 characters"},
            {"POST", "/auth/refresh", "{\"refreshToken\":\"" + "r".repeat(129) + "\"}", "refreshToken must be at most 128 characters"},
            {"DELETE", "/users/me/devices/" + "t".repeat(513), null, "fcmToken must be at most 512 characters"},
        };
        for (String[] c : cases) {
            Response refused = api.send(c[0], c[1], c[2], arena.accessToken);
            HostileInput.assertClean(c[0] + " " + c[1], refused);

            assertEquals(400, refused.status(), c[3]);
            assertEquals(c[3], refused.body().get("detail").asText());
            // api.md gives device tokens their own code
            assertEquals(c[3].startsWith("fcmToken") ? "INVALID_FCM_TOKEN" : "INVALID_REQUEST", refused.code(), c[3]);
        }
    }

    @Test
    void theRequestLogNamesTheRouteButNeverADeviceToken() throws Exception {
        var lines = new ListAppender<ILoggingEvent>();
        Logger http = (Logger) LoggerFactory.getLogger("http");
        lines.start();
        http.addAppender(lines);
        try {
            api.send("DELETE", "/users/me/devices/fcm:a-secret-device-token", null, arena.accessToken);
            api.send("DELETE", "/users/me/devices/fcm:a-secret-device-token/extra", null, arena.accessToken);
        } finally {
            http.detachAppender(lines);
        }

        assertEquals(2, lines.list.size());
        assertTrue(lines.list.getFirst().getFormattedMessage().contains("route=/users/me/devices/{fcmToken} path=/users/me/devices/#"),
                lines.list.getFirst().getFormattedMessage());
        lines.list.forEach(line -> assertFalse(line.getFormattedMessage().contains("secret"), line.getFormattedMessage()));
    }
}
