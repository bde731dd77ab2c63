package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3Timeouts;
import com.harufilm.application.encoding.AttemptLimits;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.BrokerTimeouts;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.application.health.ReadinessSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The settings both deployables read the same way: the broker, the object store, readiness. */
public final class SharedSettings {

    private SharedSettings() {
    }

    public static BrokerSettings broker(Env env) {
        BrokerTimeouts defaults = BrokerTimeouts.DEFAULT;
        return new BrokerSettings(env.uri("HARU_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672/%2F"),
                env.string("HARU_RABBITMQ_QUEUE_PREFIX", ""),
                new BrokerTimeouts(
                        env.millis("HARU_RABBITMQ_CONNECT_TIMEOUT_MS", defaults.connect()),
                        env.millis("HARU_RABBITMQ_HANDSHAKE_TIMEOUT_MS", defaults.handshake()),
                        Duration.ofSeconds(env.integer("HARU_RABBITMQ_HEARTBEAT_SECONDS", (int) defaults.heartbeat().toSeconds(), 1, 600)),
                        env.millis("HARU_RABBITMQ_RPC_TIMEOUT_MS", defaults.rpc()),
                        env.millis("HARU_RABBITMQ_CONFIRM_TIMEOUT_MS", defaults.confirm())));
    }

    /** AWS S3 unless HARU_S3_ENDPOINT names another S3-compatible store (then path-style by default). */
    public static ObjectStoreSettings objectStore(Env env) {
        String endpoint = env.string("HARU_S3_ENDPOINT", "");
        URI uri = endpoint.isEmpty() ? null : env.uri("HARU_S3_ENDPOINT", endpoint);
        return new ObjectStoreSettings(
                uri,
                env.string("HARU_S3_REGION", "us-east-1"),
                env.string("HARU_S3_BUCKET", "harufilm"),
                env.string("HARU_S3_ACCESS_KEY_ID", ""),
                env.string("HARU_S3_SECRET_ACCESS_KEY", ""),
                env.bool("HARU_S3_PATH_STYLE", uri != null),
                new S3Timeouts(
                        env.millis("HARU_S3_CALL_TIMEOUT_MS", S3Timeouts.DEFAULT.call()),
                        env.millis("HARU_S3_CONNECT_TIMEOUT_MS", S3Timeouts.DEFAULT.connect()),
                        env.millis("HARU_S3_READ_TIMEOUT_MS", S3Timeouts.DEFAULT.read())));
    }

    /**
     * FFmpeg from HARU_FFMPEG_PATH/HARU_FFPROBE_PATH, else PATH, else the bundled build. The encode
     * timeout stays at most 25 minutes: RabbitMQ closes a channel holding a job unacked for 30.
     */
    public static MediaSettings media(Env env) {
        String ffmpeg = env.string("HARU_FFMPEG_PATH", "");
        String ffprobe = env.string("HARU_FFPROBE_PATH", "");
        return new MediaSettings(
                ffmpeg.isEmpty() ? null : Path.of(ffmpeg),
                ffprobe.isEmpty() ? null : Path.of(ffprobe),
                env.duration("HARU_MAX_VIDEO_SECONDS", MediaSettings.DEFAULT_MAX_DURATION, ChronoUnit.SECONDS),
                Duration.ofMinutes(env.integer("HARU_ENCODE_TIMEOUT_MINUTES",
                        (int) MediaSettings.DEFAULT_ENCODE_TIMEOUT.toMinutes(), 1, 25)),
                env.string("HARU_X264_PRESET", MediaSettings.DEFAULT_PRESET),
                env.integer("HARU_MAX_VIDEO_PIXELS", (int) MediaSettings.DEFAULT_MAX_PIXELS, 1, Integer.MAX_VALUE),
                env.integer("HARU_MAX_VIDEO_FPS", MediaSettings.DEFAULT_MAX_FRAME_RATE, 1, 10_000));
    }

    /**
     * How many attempts a video gets: the API fails it past this count, the worker does no work on
     * a delivery past it.
     */
    public static int maxEncodeAttempts(Env env) {
        return env.integer("HARU_ENCODE_MAX_ATTEMPTS", AttemptLimits.DEFAULT_MAX_ATTEMPTS, 1, 100);
    }

    /** The worker's scratch folder; it is emptied at every start, so it must be the worker's own. */
    public static Path workDir(Env env, String fallback) {
        return Path.of(env.string("HARU_WORK_DIR", fallback)).toAbsolutePath().normalize();
    }

    /**
     * How long a SIGTERM'd process lets the work in hand finish (requests, periodic rounds, an
     * encode) before it cuts it short; within an orchestrator's usual 30 s before it kills.
     */
    public static Duration shutdownGrace(Env env) {
        return env.millis("HARU_SHUTDOWN_GRACE_MS", Duration.ofSeconds(20));
    }

    /**
     * HARU_LOG_FORMAT names the logback file that defines the log's appender (logback-text.xml, or
     * logback-json.xml: one object per line). Logback reads it itself and, given a name it has no
     * file for, logs nothing at all; so it is checked here, to fail the start instead.
     */
    public static void checkLogFormat(Env env) {
        env.choice("HARU_LOG_FORMAT", "text", List.of("text", "json"));
    }

    public static ReadinessSettings readiness(Env env) {
        return new ReadinessSettings(env.millis("HARU_READINESS_TIMEOUT_MS", Duration.ofSeconds(2)),
                env.millis("HARU_READINESS_CACHE_MS", Duration.ofMillis(1500)));
    }
}
