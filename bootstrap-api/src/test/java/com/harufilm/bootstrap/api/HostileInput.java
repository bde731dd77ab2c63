package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.ApiUnderTest.Response;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A signed-in user with a video and an open upload, the API's JSON routes, and what every answer to hostile input must look like. */
final class HostileInput implements AutoCloseable {

    private static final List<String> LEAKS = List.of("com.harufilm", "java.", "exception", "select ", "insert ", "sql", "\tat ",
            "jackson", "jdbi", "javalin", "jetty");

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    final TestDatabase database;
    final ApiUnderTest api;
    final String accessToken;
    final String videoId;
    final String uploadId;
    private final GoogleStub google;

    private HostileInput(TestDatabase database, GoogleStub google, ApiUnderTest api, String accessToken, String videoId, String uploadId) {
        this.database = database;
        this.google = google;
        this.api = api;
        this.accessToken = accessToken;
        this.videoId = videoId;
        this.uploadId = uploadId;
    }

    /**
     * The API over {@code database} (no rate limit to speak of), and in it a fresh user with a
     * COMPLETE video of 2026-05-05 (30 s) and an upload opened for 2026-05-06.
     */
    static HostileInput start(TestDatabase database, Path work) throws Exception {
        GoogleStub google = new GoogleStub();
        ApiUnderTest api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1_000_000);
        JsonNode login = api.post("/auth/dev", "{\"email\":\"hostile-" + UUID.randomUUID() + "@example.com\"}").body();
        String token = login.get("accessToken").asText();
        long userId = login.get("user").get("userId").asLong();
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var insert = connection.prepareStatement("""
                     INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix, duration_sec, width, height,
                                         memory_ordinal, status_changed_at, created_at, updated_at)
                     VALUES (?, '2026-05-05', 'COMPLETE', ?, ?, 30, 1080, 1920, 1, NOW(3), NOW(3), NOW(3))""")) {
            String prefix = "users/" + userId + "/videos/2026-05-05/";
            insert.setLong(1, userId);
            insert.setString(2, prefix + "source");
            insert.setString(3, prefix);
            insert.executeUpdate();
        }
        String videoId = api.send("GET", "/videos/by-date/2026-05-05", null, token).body().get("videoId").asText();
        Response upload = api.send("POST", "/uploads/multi-parts/initiate",
                "{\"uploadDate\":\"2026-05-06\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":6000000}", token);
        assertEquals(201, upload.status(), upload.body().toString());
        return new HostileInput(database, google, api, token, videoId, upload.body().get("uploadId").asText());
    }

    @Override
    public void close() throws Exception {
        api.close();
        google.close();
        database.close();
    }

    int count(String sql) throws Exception {
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Every route that reads a JSON body. */
    List<Route> bodyRoutes() {
        return List.of(new Route("POST", "/auth/google"), new Route("POST", "/auth/dev"), new Route("POST", "/auth/refresh"),
                new Route("POST", "/auth/logout"), new Route("PATCH", "/users/me"), new Route("POST", "/users/me/devices"),
                new Route("POST", "/uploads/multi-parts/initiate"), new Route("POST", "/uploads/multi-parts/complete"),
                new Route("POST", "/uploads/multi-parts/abort"), new Route("POST", "/videos/" + videoId + "/timestamps"));
    }

    /**
     * A 4xx (or success) that is problem+json and gives nothing internal away; that its code is one of
     * the contract's, ApiUnderTest already checked against docs/openapi.yaml.
     */
    static void assertClean(String request, Response response) {
        int status = response.status();
        if (status >= 500) {
            fail(request + " answered " + status + ": " + response.raw().body());
        }
        String body = response.raw().body().toLowerCase(Locale.ROOT);
        if (status >= 400) {
            assertTrue(response.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    request + " answered " + status + " without problem+json");
            for (String leak : LEAKS) {
                assertFalse(body.contains(leak), request + " leaks '" + leak + "': " + response.raw().body());
            }
        }
    }
}
