package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.media.push.FcmSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.health.ReadinessSettings;
import com.harufilm.bootstrap.worker.Env;
import com.harufilm.bootstrap.worker.SharedSettings;
import java.nio.file.Path;
import com.harufilm.application.upload.UploadSettings;
import com.harufilm.domain.upload.PartPlan;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the API process, read once from the environment and immutable after. The
 * embedded run ({@code dev}) keeps its database and objects under {@code dataDir} instead.
 */
public record ApiConfig(
        int port,
        String bindHost,
        Path dataDir,
        DatabaseSettings database,
        boolean migrateOnStart,
        BrokerSettings broker,
        ObjectStoreSettings objectStore,
        int localS3Port,
        WebSettings web,
        IdentityConfig identity,
        UploadSettings uploads,
        EncodingSettings encoding,
        MediaSettings media,
        Path pushOutbox,
        Optional<FcmSettings> fcm,
        Duration sweepInterval,
        ReadinessSettings readiness) {

    /** The database settings alone: {@code migrate} needs no keys, broker, store or push service. */
    public static DatabaseSettings databaseFromEnvironment(Map<String, String> variables) {
        Env env = new Env(variables);
        DatabaseSettings database = database(env, env.integer("HARU_DB_POOL_SIZE", 10, 1, 200));
        SharedSettings.checkLogFormat(env);
        env.failOnProblems();
        return database;
    }

    private static DatabaseSettings database(Env env, int poolSize) {
        return new DatabaseSettings(
                env.string("HARU_DB_URL", "jdbc:mysql://127.0.0.1:3306/test"),
                env.string("HARU_DB_USER", "root"),
                env.string("HARU_DB_PASSWORD", ""),
                poolSize,
                env.millis("HARU_DB_CONNECT_TIMEOUT_MS", DatabaseSettings.DEFAULT_CONNECT_TIMEOUT),
                env.duration("HARU_DB_SOCKET_TIMEOUT_MS", DatabaseSettings.DEFAULT_SOCKET_TIMEOUT, ChronoUnit.MILLIS),
                poolWait(env));
    }

    private static Duration poolWait(Env env) {
        Duration wait = env.millis("HARU_DB_POOL_WAIT_MS", DatabaseSettings.DEFAULT_POOL_WAIT);
        if (wait.toMillis() < 250) {
            env.problem("HARU_DB_POOL_WAIT_MS", "must be at least 250 (the pool's floor)");
            return DatabaseSettings.DEFAULT_POOL_WAIT;
        }
        return wait;
    }

    public static ApiConfig fromEnvironment(Map<String, String> variables, boolean embedded) {
        Env env = new Env(variables);
        int port = env.integer("PORT", 8080, 0, 65535);
        Path dataDir = Path.of(env.string("HARU_DATA_DIR", ".haru-data")).toAbsolutePath().normalize();
        int poolSize = env.integer("HARU_DB_POOL_SIZE", 10, 1, 200);
        DatabaseSettings database = embedded ? DatabaseSettings.embedded(dataDir.resolve("db"), poolSize) : database(env, poolSize);
        List<String> defaultOrigins = embedded
                ? List.of("http://localhost:" + port, "http://127.0.0.1:" + port)
                : List.of();
        ApiConfig config = new ApiConfig(
                port,
                env.string("HARU_BIND_HOST", "0.0.0.0"),
                dataDir,
                database,
                env.bool("HARU_DB_MIGRATE_ON_START", true),
                SharedSettings.broker(env),
                SharedSettings.objectStore(env),
                env.integer("HARU_LOCAL_S3_PORT", 0, 0, 65535),
                new WebSettings(
                        env.list("HARU_WEB_ORIGINS", defaultOrigins),
                        env.bytes("HARU_MAX_REQUEST_BYTES", 1_048_576),
                        SafetySwitches.devLogin(env, embedded),
                        env.bool("HARU_API_REFERENCE", embedded),
                        env.bool("HARU_WEB_ENABLED", embedded),
                        env.integer("HARU_AUTH_RATE_LIMIT_PER_MINUTE", 60, 1, 1_000_000),
                        env.integer("HARU_SHARE_RATE_LIMIT_PER_MINUTE", 120, 1, 1_000_000),
                        SafetySwitches.trustedProxyHops(env),
                        env.string("HARU_PUBLIC_URL", "").isEmpty() ? null : env.string("HARU_PUBLIC_URL", "").replaceAll("/+$", ""),
                        env.millis("HARU_HTTP_IDLE_TIMEOUT_MS", Duration.ofSeconds(30)),
                        SharedSettings.shutdownGrace(env)),
                IdentityConfig.read(env, embedded, dataDir),
                new UploadSettings(
                        env.bytes("HARU_UPLOAD_MAX_BYTES", 2L * 1024 * 1024 * 1024),
                        env.integer("HARU_UPLOAD_DEFAULT_PART_MB", 8, 5, 64) * PartPlan.MiB,
                        env.duration("HARU_UPLOAD_SESSION_TTL_HOURS", Duration.ofHours(24), ChronoUnit.HOURS),
                        env.duration("HARU_PART_URL_TTL_SECONDS", Duration.ofMinutes(15), ChronoUnit.SECONDS),
                        env.integer("HARU_UPLOAD_MAX_OPEN_SESSIONS", 3, 1, 100),
                        env.integer("HARU_MAX_TIMESTAMPS_PER_VIDEO", 100, 1, 10_000)),
                new EncodingSettings(
                        env.duration("HARU_PLAYBACK_URL_TTL_SECONDS", Duration.ofHours(1), ChronoUnit.SECONDS),
                        env.duration("HARU_STUCK_VIDEO_MINUTES", Duration.ofMinutes(30), ChronoUnit.MINUTES),
                        SharedSettings.maxEncodeAttempts(env)),
                SharedSettings.media(env),
                embedded ? dataDir.resolve("push-outbox.jsonl")
                        : Path.of(env.string("HARU_PUSH_OUTBOX_FILE", "push-outbox.jsonl")).toAbsolutePath(),
                SafetySwitches.fcm(env, embedded),
                env.duration("HARU_SWEEP_INTERVAL_SECONDS", Duration.ofMinutes(1), ChronoUnit.SECONDS),
                SharedSettings.readiness(env));
        SharedSettings.checkLogFormat(env);
        env.failOnProblems();
        return config;
    }
}
