package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.harufilm.adapters.persistence.TestDatabase;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diary routes over HTTP on MariaDB, with COMPLETE videos written straight into the database. */
class DiaryHttpIT {

    @TempDir
    static Path work;

    private static TestDatabase database;
    private static GoogleStub google;
    private static ApiUnderTest api;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.mariaDb();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        google.close();
        database.close();
    }

    private record Login(String token, long userId) {
    }

    private static Login login() throws Exception {
        JsonNode body = api.post("/auth/dev", "{\"email\":\"diary-" + UUID.randomUUID() + "@example.com\"}").body();
        return new Login(body.get("accessToken").asText(), body.get("user").get("userId").asLong());
    }

    /** COMPLETE videos of these dates for the user, with dense memory ordinals, as the encoder would leave them. */
    private static void completeVideos(long userId, LocalDate... dates) throws Exception {
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            int ordinal = 0;
            for (LocalDate date : dates) {
                ordinal++;
                try (var insert = connection.prepareStatement("""
                        INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix, duration_sec, width, height,
                                            memory_ordinal, status_changed_at, created_at, updated_at)
                        VALUES (?, ?, 'COMPLETE', ?, ?, 12.5, 1080, 1920, ?, NOW(3), NOW(3), NOW(3))""")) {
                    String prefix = "users/" + userId + "/videos/" + date + "/";
                    insert.setLong(1, userId);
                    insert.setObject(2, date);
                    insert.setString(3, prefix + "source");
                    insert.setString(4, prefix);
                    insert.setInt(5, ordinal);
                    insert.executeUpdate();
                }
            }
            try (var count = connection.prepareStatement("UPDATE users SET complete_videos = ? WHERE id = ?")) {
                count.setInt(1, ordinal);
                count.setLong(2, userId);
                count.executeUpdate();
            }
        }
    }

    private static int queuedDeletions(String prefix) throws Exception {
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var query = connection.prepareStatement("SELECT COUNT(*) FROM object_deletions WHERE object_prefix = ?")) {
            query.setString(1, prefix);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static LocalDate todayInSeoul() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void theCalendarShowsTheMonthsDaysInOrderWithThumbnails() throws Exception {
        Login mina = login();
        completeVideos(mina.userId(), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));

        var calendar = api.send("GET", "/videos?month=2026-03", null, mina.token());

        assertEquals(200, calendar.status(), calendar.body().toString());
        assertEquals("2026-03", calendar.body().get("month").asText());
        var days = calendar.body().get("days");
        assertEquals(2, days.size());
        assertEquals("2026-03-02", days.get(0).get("date").asText());
        assertTrue(days.get(0).get("thumbnailUrl").asText().startsWith("http"));
        assertEquals("INVALID_REQUEST", api.send("GET", "/videos?month=March", null, mina.token()).code());
    }

    @Test
    void memoriesComeOnceTodayIsFilmedAndNeverIncludeToday() throws Exception {
        Login mina = login();
        LocalDate today = todayInSeoul();
        completeVideos(mina.userId(), today.minusDays(1), today.minusDays(2), today.minusDays(3), today.minusDays(4),
                today.minusYears(1), today);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            var feed = api.send("GET", "/videos/today-feed", null, mina.token()).body();
            assertTrue(feed.get("hasTodayVideo").asBoolean());
            assertEquals(3, feed.get("memories").size());
            feed.get("memories").forEach(memory -> {
                assertFalse(memory.get("uploadDate").asText().equals(today.toString()));
                seen.add(memory.get("uploadDate").asText());
            });
            assertEquals(today.minusYears(1).toString(), feed.get("onThisDay").get(0).get("uploadDate").asText());
        }
        assertEquals(5, seen.size(), "drawn afresh on every request");
    }

    @Test
    void aDaysVideoWithItsTimestampsAndOnlyTheOwnerSeesIt() throws Exception {
        Login mina = login();
        Login jun = login();
        completeVideos(mina.userId(), LocalDate.of(2026, 5, 5));
        String videoId = api.send("GET", "/videos/by-date/2026-05-05", null, mina.token()).body().get("videoId").asText();

        var added = api.send("POST", "/videos/" + videoId + "/timestamps", "{\"offsetSec\":3.5,\"label\":\"cake\"}", mina.token());
        var tooLate = api.send("POST", "/videos/" + videoId + "/timestamps", "{\"offsetSec\":99,\"label\":\"late\"}", mina.token());
        var video = api.send("GET", "/videos/by-date/2026-05-05", null, mina.token()).body();

        assertEquals(201, added.status(), added.body().toString());
        assertEquals("INVALID_REQUEST", tooLate.code());
        assertEquals("cake", video.get("timestamps").get(0).get("label").asText());
        assertTrue(video.get("playbackUrl").asText().contains("/playback/master.m3u8?expires="));
        assertEquals("VIDEO_NOT_FOUND", api.send("GET", "/videos/" + videoId, null, jun.token()).code());
        assertEquals("VIDEO_NOT_FOUND", api.send("GET", "/videos/by-date/2026-05-05", null, jun.token()).code());
        assertEquals("VIDEO_NOT_FOUND", api.send("DELETE", "/videos/" + videoId, null, jun.token()).code());
        String timestampId = added.body().get("timestampId").asText();
        assertEquals(204, api.send("DELETE", "/videos/" + videoId + "/timestamps/" + timestampId, null, mina.token()).status());
        assertEquals("VIDEO_NOT_FOUND", api.send("DELETE", "/videos/" + videoId + "/timestamps/" + timestampId, null, mina.token()).code());
    }

    @Test
    void deletingAVideoTakesItOffTheCalendarAndQueuesItsObjects() throws Exception {
        Login mina = login();
        completeVideos(mina.userId(), LocalDate.of(2026, 6, 6));
        String videoId = api.send("GET", "/videos/by-date/2026-06-06", null, mina.token()).body().get("videoId").asText();

        assertEquals(204, api.send("DELETE", "/videos/" + videoId, null, mina.token()).status());

        assertEquals(404, api.send("GET", "/videos/" + videoId, null, mina.token()).status());
        assertEquals(0, api.send("GET", "/videos?month=2026-06", null, mina.token()).body().get("days").size());
        String prefix = "users/" + mina.userId() + "/videos/2026-06-06/";
        assertEquals(1, queuedDeletions(prefix));
        api.process().sweepObjectDeletions().sweep();
        assertEquals(0, queuedDeletions(prefix), "the sweeper removed the objects and the entry");
    }

    @Test
    void theQuestionsOfTheDayAreTheSameAllDayInTheUsersLanguage() throws Exception {
        Login mina = login();
        var first = api.send("GET", "/questions/today", null, mina.token()).body();
        var second = api.send("GET", "/questions/today", null, mina.token()).body();
        api.send("PATCH", "/users/me", "{\"locale\":\"en\"}", mina.token());
        var english = api.send("GET", "/questions/today", null, mina.token()).body();

        assertEquals(first, second);
        assertEquals(3, first.get("questions").size());
        assertEquals(todayInSeoul().toString(), first.get("date").asText());
        assertEquals(first.get("questions").get(0).get("questionId"), english.get("questions").get(0).get("questionId"));
        assertFalse(first.get("questions").get(0).get("text").equals(english.get("questions").get(0).get("text")));
    }

    @Test
    void aVideoTakesAHundredTimestampsAndRefusesTheNextNamingTheLimit() throws Exception {
        Login mina = login();
        completeVideos(mina.userId(), LocalDate.of(2026, 7, 7));
        String videoId = api.send("GET", "/videos/by-date/2026-07-07", null, mina.token()).body().get("videoId").asText();
        for (int i = 0; i < 100; i++) {
            assertEquals(201, api.send("POST", "/videos/" + videoId + "/timestamps", "{\"offsetSec\":" + i * 0.1 + ",\"label\":\"t\"}",
                    mina.token()).status());
        }

        var refused = api.send("POST", "/videos/" + videoId + "/timestamps", "{\"offsetSec\":1,\"label\":\"one more\"}", mina.token());

        assertEquals(400, refused.status());
        assertEquals("INVALID_REQUEST", refused.code());
        assertTrue(refused.body().get("detail").asText().contains("at most 100 timestamps"), refused.body().toString());
        assertEquals(100, api.send("GET", "/videos/" + videoId, null, mina.token()).body().get("timestamps").size());
    }
}
