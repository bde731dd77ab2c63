package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import java.net.URI;
import java.time.Duration;

/** The settings both deployables read the same way: the broker, the object store, readiness. */
public final class SharedSettings {

    private SharedSettings() {
    }

    public static BrokerSettings broker(Env env) {
        return new BrokerSettings(env.uri("HARU_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672/%2F"));
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
                env.bool("HARU_S3_PATH_STYLE", uri != null));
    }

    public static Duration readinessTimeout(Env env) {
        return env.millis("HARU_READINESS_TIMEOUT_MS", Duration.ofSeconds(2));
    }
}
