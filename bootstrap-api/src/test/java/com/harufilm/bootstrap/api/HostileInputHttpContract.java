package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.ApiUnderTest.Response;
import com.harufilm.bootstrap.api.HostileInput.Route;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Bodies, parameters and bytes of the wrong shape on every route: always a 4xx problem naming what is wrong, never a 5xx. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputHttpContract {

    @TempDir
    static Path work;

    private TestDatabase database;
    private GoogleStub google;
    private ApiUnderTest api;
    private HostileInput arena;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() throws Exception {
        database = createDatabase();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 100_000);
        arena = HostileInput.arrange(api, database);
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
        google.close();
        database.close();
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
}
