package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.HostileInput.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bodies, parameters, Content-Types and bytes on every JSON route and every route with
 * parameters, on MariaDB: never a 5xx, errors always problem+json with a contract code, nothing
 * internal in any body. Reproducible: {@code -Dfuzz.seed=} and {@code -Dfuzz.tries=} (per route).
 */
class FuzzHttpIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 40);
    private static final int MAX_FAILURES = 20;
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
        "application/x-www-form-urlencoded", "application/json; charset=bogus", "multipart/form-data; boundary=x", null};
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    static Path work;

    private static HostileInput arena;

    @BeforeAll
    static void start() throws Exception {
        arena = HostileInput.start(TestDatabase.mariaDb(), work);
    }

    @AfterAll
    static void stop() throws Exception {
        arena.close();
    }

    /** A valid body of each route, the starting point of most mutations. */
    private static Map<String, Object> validBody(Route route) throws Exception {
        String upload = "\"uploadId\":\"" + arena.uploadId + "\"";
        String body = switch (route.path().replaceAll("/videos/\\d+/", "/videos/{id}/")) {
            case "/auth/google" -> "{\"code\":\"c\",\"redirectUri\":\"https://app/cb\",\"codeVerifier\":\"v\",\"fcmToken\":\"t\",\"platform\":\"IOS\"}";
            case "/auth/dev" -> "{\"email\":\"fuzz@example.com\",\"name\":\"n\",\"fcmToken\":\"t\",\"platform\":\"WEB\"}";
            case "/auth/refresh" -> "{\"refreshToken\":\"r\"}";
            case "/auth/logout" -> "{\"refreshToken\":\"r\",\"fcmToken\":\"t\"}";
            case "/users/me" -> "{\"name\":\"n\",\"timezone\":\"Asia/Seoul\",\"reminderTime\":\"20:00\",\"remindersEnabled\":true,\"locale\":\"ko\"}";
            case "/users/me/devices" -> "{\"fcmToken\":\"t\",\"platform\":\"ANDROID\"}";
            case "/uploads/multi-parts/initiate" ->
                    "{\"uploadDate\":\"2026-05-09\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":6000000,\"partSize\":5242880}";
            case "/uploads/multi-parts/complete" ->
                    "{" + upload + ",\"parts\":[{\"partNumber\":1,\"etag\":\"e\"}],\"timestamps\":[{\"offsetSec\":1,\"label\":\"l\"}]}";
            case "/uploads/multi-parts/abort" -> "{" + upload + "}";
            case "/videos/{id}/timestamps" -> "{\"offsetSec\":1.5,\"label\":\"l\"}";
            default -> throw new IllegalArgumentException("no valid body for " + route);
        };
        return json.readValue(body, new TypeReference<>() { });
    }

    /** Routes with parameters; each {} takes a random value. DELETE of the arena's own video or account is left out. */
    private static List<Route> parameterRoutes() {
        String v = arena.videoId;
        return List.of(new Route("GET", "/uploads/multi-parts/part?uploadId={}&partNumber={}"),
                new Route("GET", "/uploads/multi-parts/parts?uploadId={}&partNumbers={}"), new Route("GET", "/uploads/multi-parts/{}"),
                new Route("GET", "/videos?month={}"), new Route("GET", "/videos/by-date/{}"), new Route("GET", "/videos/{}"),
                new Route("GET", "/videos/" + v + "/playback/{}?expires={}&signature={}"), new Route("DELETE", "/videos/" + v + "/timestamps/{}"),
                new Route("DELETE", "/users/me/devices/{}"), new Route("GET", "/videos/today-feed?{}={}"),
                new Route("GET", "/questions/today?{}"), new Route("GET", "/users/me?{}"));
    }

    private static String parameter(Random random, RandomJson values) {
        String raw = switch (random.nextInt(10)) {
            case 0 -> arena.uploadId;
            case 1 -> Integer.toString(random.nextInt(20_000) - 10);
            case 2 -> "9".repeat(1 + random.nextInt(40));
            case 3 -> "-" + random.nextInt(1000);
            case 4 -> "";
            case 5 -> "1,".repeat(random.nextInt(1500)) + (random.nextBoolean() ? "" : ",,x");
            case 6 -> String.format("%s%04d-%02d-%02d", random.nextBoolean() ? "+" : "", random.nextInt(100_000), random.nextInt(100),
                    random.nextInt(100)).replaceAll("-\\d{2}$", random.nextBoolean() ? "" : "-01");
            default -> values.text();
        };
        String encoded = URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.length() > 6000 ? encoded.substring(0, 6000).replaceAll("%[0-9A-F]?$", "") : encoded;
    }

    @Test
    void noRandomRequestOnAnyRouteGetsA5xxOrLeaksInternals() throws Exception {
        Random random = new Random(SEED);
        RandomJson values = new RandomJson(random);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < TRIES && failures.size() < MAX_FAILURES; i++) {
            for (Route route : arena.bodyRoutes()) {
                byte[] body = RandomJson.bytes(values.body(validBody(route)));
                if (body.length > 0 && random.nextInt(10) == 0) {
                    body[random.nextInt(body.length)] = (byte) (0x80 + random.nextInt(0x80));
                }
                String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                check(++sent, describe(route.toString(), contentType, body), () -> send(route.method(), route.path(), body, contentType),
                        failures);
            }
            for (Route route : parameterRoutes()) {
                StringBuilder path = new StringBuilder(route.path());
                for (int at = path.indexOf("{}"); at >= 0; at = path.indexOf("{}")) {
                    path.replace(at, at + 2, parameter(random, values));
                }
                check(++sent, route.method() + " " + path, () -> send(route.method(), path.toString(), null, null), failures);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + sent + " requests failed with seed " + SEED + " (rerun: -Dfuzz.seed=" + SEED + " -Dfuzz.tries="
                    + TRIES + "):\n" + String.join("\n", failures));
        }
    }

    private interface Exchange {
        ApiUnderTest.Response send() throws Exception;
    }

    /** Keeps going past a failure, so one run shows every kind of failure it meets. */
    private static void check(int number, String request, Exchange exchange, List<String> failures) {
        try {
            HostileInput.assertClean(request, exchange.send());
        } catch (AssertionError | Exception failure) {
            failures.add("#" + number + " " + request + " -> " + failure.getMessage());
        }
    }

    /**
     * Jetty closes the connection after a request it refuses (414, 431), and the client may already
     * have picked that connection for the next request: that one is sent again, once.
     */
    private static ApiUnderTest.Response send(String method, String path, byte[] body, String contentType) throws Exception {
        try {
            return arena.api.send(method, path, body, contentType, arena.accessToken);
        } catch (java.io.IOException closed) {
            return arena.api.send(method, path, body, contentType, arena.accessToken);
        }
    }

    private static String describe(String route, String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return route + " [" + contentType + "] " + (text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text);
    }
}
