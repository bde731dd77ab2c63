package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.adapters.persistence.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `harufilm migrate` and `harufilm api` against the real MariaDB, RabbitMQ and an S3 API server. */
class ProductionApiIT {

    private static final String BROKER = Objects.requireNonNullElse(
            System.getenv("HARU_TEST_RABBITMQ_URI"), "amqp://guest:guest@127.0.0.1:5672/%2F");

    @TempDir
    Path work;

    /** An {@code api} process's settings against these dependencies, listening on {@code port}. */
    static Map<String, String> environment(TestDatabase database, LocalS3Server s3, int port) {
        URI endpoint = Objects.requireNonNull(s3.settings().endpoint());
        return Map.ofEntries(
                Map.entry("PORT", Integer.toString(port)),
                Map.entry("HARU_JWT_KEYS", "k1:" + Base64.getEncoder().encodeToString(new byte[32])),
                Map.entry("HARU_PUSH", "log"),
                Map.entry("HARU_DB_URL", database.settings().jdbcUrl()),
                Map.entry("HARU_DB_USER", database.settings().user()),
                Map.entry("HARU_DB_PASSWORD", database.settings().password()),
                Map.entry("HARU_RABBITMQ_URI", BROKER),
                Map.entry("HARU_S3_ENDPOINT", endpoint.toString()),
                Map.entry("HARU_S3_BUCKET", s3.settings().bucket()),
                Map.entry("HARU_S3_ACCESS_KEY_ID", s3.settings().accessKeyId()),
                Map.entry("HARU_S3_SECRET_ACCESS_KEY", s3.settings().secretAccessKey()),
                Map.entry("HARU_READINESS_CACHE_MS", "200"));
    }

    /** What docs/operations.md tells an operator to watch, there from the start with values that mean something. */
    private static void assertOperatorMetrics(String metrics) {
        for (String line : List.of(
                "haru_encode_oldest_wait_seconds 0.0",
                "haru_uploads_total{outcome=\"completed\"} 0.0",
                "haru_uploads_total{outcome=\"expired\"} 0.0",
                "haru_video_time_to_playable_seconds_count 0",
                "haru_video_time_to_complete_seconds_bucket{le=\"60.0\"} 0",
                "haru_encode_duration_seconds_count 0",
                "haru_encode_failures_total 0.0",
                "hikaricp_connections_max{pool=\"haru-db\"} 10.0")) {
            assertTrue(metrics.contains(line), line + " in:\n" + metrics);
        }
        // The broker is shared with other tests: its queues hold whatever they left, but a reading is a number, never NaN.
        for (String gauge : List.of("haru_encode_queue_depth", "haru_dead_letter_queue_depth{queue=\"encoding.jobs.dead\"}",
                "haru_dead_letter_queue_depth{queue=\"encoding.events.dead\"}")) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(gauge) + " \\d+\\.\\d+$").matcher(metrics).find(), gauge + " in:\n" + metrics);
        }
    }

    @Test
    void migrateAppliesTheSchemaAndExits() throws Exception {
        try (var database = TestDatabase.mariaDb();
             // Only the database: migrating needs no keys, broker, store or push service.
             var migrate = RunningProcess.start("migrate", Map.of("HARU_DB_URL", database.settings().jdbcUrl(),
                     "HARU_DB_USER", database.settings().user(), "HARU_DB_PASSWORD", database.settings().password()),
                     work.resolve("logs"))) {
            assertEquals(0, migrate.awaitExit(Duration.ofSeconds(60)), migrate.log());
            assertTrue(migrate.log().matches("(?s).*applied=[1-9].*"), migrate.log());
        }
    }

    @Test
    void theApiIsReadyWithEveryPartAndNamesTheOneThatGoesDown() throws Exception {
        try (var database = TestDatabase.mariaDb()) {
            var s3 = LocalS3Server.start(work.resolve("objects"), 0, "haru", List.of());
            try (var api = RunningProcess.start("api", environment(database, s3, RunningProcess.freePort()), work.resolve("logs"))) {
                api.awaitRunning(Duration.ofSeconds(60));
                var ready = api.get("/health/ready");
                assertEquals(200, ready.statusCode(), ready.body() + api.log());
                assertEquals("{\"status\":\"UP\",\"components\":{\"broker\":\"UP\",\"database\":\"UP\",\"objectStore\":\"UP\"}}",
                        ready.body());
                // The web client is served by an api only when HARU_WEB_ENABLED says so.
                assertEquals(404, api.get("/").statusCode());
                assertEquals(404, api.get("/app/config.json").statusCode());

                s3.close();
                Thread.sleep(250); // past the cached answer
                var degraded = api.get("/health/ready");
                assertEquals(503, degraded.statusCode());
                assertTrue(degraded.body().contains("\"objectStore\":\"DOWN\""), degraded.body());
                assertTrue(degraded.body().contains("\"database\":\"UP\""), degraded.body());

                var metrics = api.get("/metrics");
                assertTrue(metrics.body().contains("http_server_requests_seconds_count{method=\"GET\",route=\"/health/ready\",status=\"503\"} 1"),
                        metrics.body());
                assertOperatorMetrics(metrics.body());
                api.terminate(Duration.ofSeconds(15));
            }
        }
    }
}
