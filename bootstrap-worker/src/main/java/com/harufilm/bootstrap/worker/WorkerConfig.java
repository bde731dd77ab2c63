package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.application.health.ReadinessSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The worker's settings, read from the environment at once so every bad variable is named together. */
record WorkerConfig(ObjectStoreSettings objectStore, BrokerSettings broker, MediaSettings media, Path workDir,
        ReadinessSettings readiness, int maxEncodeAttempts, int concurrency, Duration shutdownGrace) {

    /** @throws IllegalArgumentException naming each bad variable */
    static WorkerConfig fromEnvironment(Map<String, String> variables) {
        Env env = new Env(variables);
        WorkerConfig config = new WorkerConfig(
                SharedSettings.objectStore(env),
                SharedSettings.broker(env),
                SharedSettings.media(env),
                SharedSettings.workDir(env, Path.of(System.getProperty("java.io.tmpdir"), "haru-worker").toString()),
                SharedSettings.readiness(env),
                SharedSettings.maxEncodeAttempts(env),
                env.integer("HARU_WORKER_CONCURRENCY", 1, 1, 64),
                SharedSettings.shutdownGrace(env));
        SharedSettings.checkLogFormat(env);
        env.failOnProblems();
        return config;
    }

    /** The worker wired with these settings; nothing connects until first used. */
    WorkerComponent component() {
        return DaggerWorkerComponent.builder()
                .objectStore(objectStore)
                .broker(broker)
                .media(media)
                .workDir(workDir)
                .readiness(readiness)
                .maxEncodeAttempts(maxEncodeAttempts)
                .build();
    }
}
