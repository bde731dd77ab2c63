package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.adapters.web.openapi.ContractCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Share links over HTTP on MariaDB and the local S3 server: the owner's routes, the public page and its playlists. */
class ShareHttpIT {

    private static final Pattern TOKEN = Pattern.compile("/s/([A-Za-z0-9_-]{32})$");
    private static final HttpClient browser = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    private static TestDatabase database;
    private static GoogleStub google;
    private static ApiUnderTest api;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.mariaDb();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000);
        s3 = S3StorageModule.s3Client(api.s3().settings());
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        api.close();
        google.close();
        database.close();
    }

    private record Owner(String token, long userId) {
    }

    private static Owner owner() throws Exception {
        JsonNode body = api.post("/auth/dev", "{\"email\":\"share-" + UUID.randomUUID() + "@example.com\"}").body();
        return new Owner(body.get("accessToken").asText(), body.get("user").get("userId").asLong());
    }

    /** A video of that date in that status, its playlists and thumbnail in the store as the worker leaves them; answers its id. */
    private static String video(Owner owner, LocalDate date, String status) throws Exception {
        String prefix = "users/" + owner.userId() + "/videos/" + UUID.randomUUID() + "/";
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var insert = connection.prepareStatement("""
                     INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix, duration_sec, width, height,
                                         status_changed_at, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, 4.0, 720, 1280, NOW(3), NOW(3), NOW(3))""")) {
            insert.setLong(1, owner.userId());
            insert.setObject(2, date);
            insert.setString(3, status);
            insert.setString(4, prefix + "source");
            insert.setString(5, prefix);
            insert.executeUpdate();
        }
        put(prefix + "hls/master.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2000000,RESOLUTION=720x1280\n1280p/index.m3u8\n");
        put(prefix + "hls/1280p/index.m3u8", "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nseg_000.ts\n#EXT-X-ENDLIST\n");
        put(prefix + "hls/1280p/seg_000.ts", "segment bytes");
        put(prefix + "thumbnail.jpg", "not really a jpeg");
        return api.send("GET", "/videos/by-date/" + date, null, owner.token()).body().get("videoId").asText();
    }

    private static void put(String key, String text) {
        s3.putObject(request -> request.bucket(api.s3().settings().bucket()).key(key), RequestBody.fromString(text));
    }

    private static HttpResponse<String> open(String path, String acceptLanguage) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(api.base().resolve(path)).header("Accept-Language", acceptLanguage)
                .build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.ofTheDocument().check(null, response);
        return response;
    }

    private static String tokenOf(JsonNode share) {
        Matcher matcher = TOKEN.matcher(share.get("url").asText());
        assertTrue(matcher.find(), share.toString());
        return matcher.group(1);
    }

    @Test
    void aLinkToACompleteDayOpensAPageThatNamesOnlyTheDayAndCountsItsViews() throws Exception {
        Owner mina = owner();
        String videoId = video(mina, LocalDate.of(2026, 5, 5), "COMPLETE");

        var made = api.send("POST", "/videos/" + videoId + "/shares", "{\"expiresInHours\":24}", mina.token());

        assertEquals(201, made.status(), made.body().toString());
        assertTrue(made.body().get("url").asText().startsWith(api.base().toString().replaceAll("/$", "") + "/s/"), made.body().toString());
        Instant expiresAt = Instant.parse(made.body().get("expiresAt").asText());
        assertTrue(Duration.between(Instant.now(), expiresAt).minusHours(24).abs().toSeconds() < 60, expiresAt.toString());
        String token = tokenOf(made.body());

        var page = open("/s/" + token, "ko-KR,ko;q=0.9,en;q=0.8");
        var english = open("/s/" + token, "en-US,en;q=0.9");
        var preview = browser.send(HttpRequest.newBuilder(api.base().resolve("/s/" + token))
                .header("User-Agent", "facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/t/scrap/33984").build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(page.body().contains("2026년 5월 5일"), page.body());
        assertTrue(english.body().contains("May 5, 2026"), english.body());
        assertTrue(page.body().contains("<meta property=\"og:image\" content=\"" + api.base().resolve("/s/" + token + "/thumbnail.jpg")));
        assertTrue(page.body().contains("<meta property=\"og:video\" content=\"" + api.base().resolve("/s/" + token + "/master.m3u8")));
        assertTrue(page.body().contains("og:title"));
        for (String private_ : new String[] {"share-", "@example.com", "/videos/" + videoId, "users/" + mina.userId()}) {
            assertFalse(page.body().contains(private_), "the page leaks " + private_);
        }
        var listed = api.send("GET", "/videos/" + videoId + "/shares", null, mina.token()).body().get("shares");
        assertEquals(1, listed.size());
        assertTrue(preview.body().contains("og:title"), "a previewer gets the page");
        assertEquals(2, listed.get(0).get("views").asLong(), "two people opened it; the messenger's previewer is no view");
        assertEquals(made.body().get("url"), listed.get(0).get("url"), "the list shows the link again");
    }

    @Test
    void theSharedPlaylistsAreServedByTheApiAndTheSegmentsAndThumbnailByTheStore() throws Exception {
        Owner mina = owner();
        String token = tokenOf(api.send("POST", "/videos/" + video(mina, LocalDate.of(2026, 5, 6), "COMPLETE") + "/shares", null,
                mina.token()).body());

        var master = open("/s/" + token + "/master.m3u8", "en");
        var rendition = open("/s/" + token + "/1280p/index.m3u8", "en");
        var thumbnail = open("/s/" + token + "/thumbnail.jpg", "en");

        assertEquals(200, master.statusCode());
        assertEquals("application/vnd.apple.mpegurl", master.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(master.body().contains("\n1280p/index.m3u8\n"), master.body());
        String segment = rendition.body().lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow();
        assertTrue(segment.startsWith(api.s3().settings().endpoint().toString()), segment);
        assertEquals(200, browser.send(HttpRequest.newBuilder(URI.create(segment)).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the presigned segment opens without credentials");
        assertEquals(302, thumbnail.statusCode());
        String location = thumbnail.headers().firstValue("Location").orElseThrow();
        assertEquals("not really a jpeg", browser.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(404, open("/s/" + token + "/../master.m3u8", "en").statusCode());
        assertEquals(404, open("/s/" + token + "/other.txt", "en").statusCode());
    }

    @Test
    void revokedExpiredUnknownAndDeletedLinksAnswerTheSame404Page() throws Exception {
        Owner mina = owner();
        String videoId = video(mina, LocalDate.of(2026, 5, 7), "COMPLETE");
        String revoked = api.send("POST", "/videos/" + videoId + "/shares", null, mina.token()).body().get("shareId").asText();
        String revokedToken = tokenOf(api.send("GET", "/videos/" + videoId + "/shares", null, mina.token()).body().get("shares").get(0));
        String deletedVideo = video(mina, LocalDate.of(2026, 5, 8), "COMPLETE");
        String ofDeletedVideo = tokenOf(api.send("POST", "/videos/" + deletedVideo + "/shares", null, mina.token()).body());
        Owner jun = owner();

        assertEquals("SHARE_NOT_FOUND", api.send("DELETE", "/shares/" + revoked, null, jun.token()).code());
        assertEquals(204, api.send("DELETE", "/shares/" + revoked, null, mina.token()).status());
        assertEquals("SHARE_NOT_FOUND", api.send("DELETE", "/shares/" + revoked, null, mina.token()).code());
        assertEquals("SHARE_NOT_FOUND", api.send("DELETE", "/shares/nope", null, mina.token()).code());
        assertEquals(204, api.send("DELETE", "/videos/" + deletedVideo, null, mina.token()).status());
        String expired = tokenOf(api.send("POST", "/videos/" + videoId + "/shares", "{\"expiresInHours\":1}", mina.token()).body());
        expire(expired);

        Set<String> pages = new HashSet<>();
        for (String token : new String[] {revokedToken, ofDeletedVideo, expired, "A".repeat(32), "short", "x".repeat(300)}) {
            var page = open("/s/" + token, "en");
            assertEquals(404, page.statusCode(), token);
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            pages.add(page.body());
            assertEquals(404, open("/s/" + token + "/master.m3u8", "en").statusCode());
        }
        assertEquals(1, pages.size(), "one page for every ended link");
        assertEquals(0, api.send("GET", "/videos/" + videoId + "/shares", null, mina.token()).body().get("shares").size());
    }

    @Test
    void deletingTheAccountEndsItsLinksAtOnce() throws Exception {
        Owner mina = owner();
        String token = tokenOf(api.send("POST", "/videos/" + video(mina, LocalDate.of(2026, 5, 11), "COMPLETE") + "/shares", null,
                mina.token()).body());
        assertEquals(200, open("/s/" + token, "en").statusCode());

        assertEquals(204, api.send("DELETE", "/users/me", null, mina.token()).status());

        assertEquals(404, open("/s/" + token, "en").statusCode());
        assertEquals(404, open("/s/" + token + "/master.m3u8", "en").statusCode());
    }

    @Test
    void onlyTheOwnersCompleteVideosAreSharedWithinTheContractsBounds() throws Exception {
        Owner mina = owner();
        String encoding = video(mina, LocalDate.of(2026, 5, 9), "ENCODING");
        String complete = video(mina, LocalDate.of(2026, 5, 10), "COMPLETE");
        Owner jun = owner();

        assertEquals("VIDEO_NOT_READY", api.send("POST", "/videos/" + encoding + "/shares", null, mina.token()).code());
        assertEquals(409, api.send("POST", "/videos/" + encoding + "/shares", null, mina.token()).status());
        assertEquals("VIDEO_NOT_FOUND", api.send("POST", "/videos/" + complete + "/shares", null, jun.token()).code());
        assertEquals("VIDEO_NOT_FOUND", api.send("GET", "/videos/" + complete + "/shares", null, jun.token()).code());
        for (String body : new String[] {"{\"expiresInHours\":0}", "{\"expiresInHours\":721}", "{\"expiresInHours\":\"24\"}", "[]"}) {
            assertEquals("INVALID_REQUEST", api.send("POST", "/videos/" + complete + "/shares", body, mina.token()).code(), body);
        }
        assertEquals("INVALID_TOKEN", api.send("POST", "/videos/" + complete + "/shares", null, null).code());
        var week = api.send("POST", "/videos/" + complete + "/shares", "{}", mina.token()).body();
        assertTrue(Duration.between(Instant.now(), Instant.parse(week.get("expiresAt").asText())).minusDays(7).abs().toSeconds() < 60);
    }

    private static void expire(String token) throws Exception {
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var update = connection.prepareStatement("UPDATE shares SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE token_hash = ?")) {
            update.setString(1, new com.harufilm.domain.share.ShareToken(token).hash());
            assertEquals(1, update.executeUpdate());
        }
    }
}
