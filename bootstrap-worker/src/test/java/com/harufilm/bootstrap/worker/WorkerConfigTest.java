package com.harufilm.bootstrap.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.media.S3Timeouts;
import com.harufilm.adapters.messaging.BrokerTimeouts;
import com.harufilm.application.encoding.AttemptLimits;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerConfigTest {

    @Test
    void badSettingsStopTheWorkerWithAMessageNamingEachBadVariable() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("HARU_RABBITMQ_URI", "not a uri"),
                Map.entry("HARU_WORKER_CONCURRENCY", "0"),
                Map.entry("HARU_ENCODE_TIMEOUT_MINUTES", "30"),
                Map.entry("HARU_S3_PATH_STYLE", "maybe"),
                Map.entry("HARU_ENCODE_MAX_ATTEMPTS", "many"),
                Map.entry("HARU_RABBITMQ_CONNECT_TIMEOUT_MS", "0"),
                Map.entry("HARU_RABBITMQ_HANDSHAKE_TIMEOUT_MS", "soon"),
                Map.entry("HARU_RABBITMQ_HEARTBEAT_SECONDS", "0"),
                Map.entry("HARU_RABBITMQ_RPC_TIMEOUT_MS", "-1"),
                Map.entry("HARU_RABBITMQ_CONFIRM_TIMEOUT_MS", "1.5"),
                Map.entry("HARU_SHUTDOWN_GRACE_MS", "0"),
                Map.entry("HARU_S3_CALL_TIMEOUT_MS", "0"),
                Map.entry("HARU_S3_CONNECT_TIMEOUT_MS", "x"),
                Map.entry("HARU_S3_READ_TIMEOUT_MS", "-5"),
                Map.entry("HARU_LOG_FORMAT", "JSON"));

        var failure = assertThrows(IllegalArgumentException.class, () -> WorkerConfig.fromEnvironment(bad));

        for (String variable : bad.keySet()) {
            assertTrue(failure.getMessage().contains(variable), variable + " in: " + failure.getMessage());
        }
    }

    @Test
    void aWorkerWithNoSettingConsumesOneJobAtATimeFromTheLocalBrokerAndAwsS3() {
        WorkerConfig config = WorkerConfig.fromEnvironment(Map.of());

        assertEquals(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"), config.broker().uri());
        assertEquals(1, config.concurrency());
        assertNull(config.objectStore().endpoint());
        assertFalse(config.objectStore().pathStyle());
        assertEquals(AttemptLimits.DEFAULT_MAX_ATTEMPTS, config.maxEncodeAttempts());
        assertTrue(config.workDir().isAbsolute());
    }

    @Test
    void anS3CompatibleEndpointIsAddressedPathStyleUnlessToldOtherwise() {
        var minio = Map.of("HARU_S3_ENDPOINT", "http://minio.internal:9000", "HARU_WORKER_CONCURRENCY", "4");

        WorkerConfig config = WorkerConfig.fromEnvironment(minio);

        assertEquals(URI.create("http://minio.internal:9000"), config.objectStore().endpoint());
        assertTrue(config.objectStore().pathStyle());
        assertEquals(4, config.concurrency());
        var virtualHosted = new HashMap<>(minio);
        virtualHosted.put("HARU_S3_PATH_STYLE", "false");
        assertFalse(WorkerConfig.fromEnvironment(virtualHosted).objectStore().pathStyle());
    }

    @Test
    void everyWaitOnTheBrokerAndTheShutdownGraceIsASettingWithADefault() {
        WorkerConfig defaults = WorkerConfig.fromEnvironment(Map.of());
        assertEquals(BrokerTimeouts.DEFAULT, defaults.broker().timeouts());
        assertEquals(S3Timeouts.DEFAULT, defaults.objectStore().timeouts());
        assertEquals(Duration.ofSeconds(20), defaults.shutdownGrace());

        WorkerConfig set = WorkerConfig.fromEnvironment(Map.of(
                "HARU_RABBITMQ_CONNECT_TIMEOUT_MS", "1000",
                "HARU_RABBITMQ_HANDSHAKE_TIMEOUT_MS", "2000",
                "HARU_RABBITMQ_HEARTBEAT_SECONDS", "15",
                "HARU_RABBITMQ_RPC_TIMEOUT_MS", "3000",
                "HARU_RABBITMQ_CONFIRM_TIMEOUT_MS", "4000",
                "HARU_SHUTDOWN_GRACE_MS", "5000"));

        assertEquals(new BrokerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(3),
                Duration.ofSeconds(4)), set.broker().timeouts());
        assertEquals(Duration.ofSeconds(5), set.shutdownGrace());
        var store = WorkerConfig.fromEnvironment(Map.of(
                "HARU_S3_CALL_TIMEOUT_MS", "6000", "HARU_S3_CONNECT_TIMEOUT_MS", "7000", "HARU_S3_READ_TIMEOUT_MS", "8000"));
        assertEquals(new S3Timeouts(Duration.ofSeconds(6), Duration.ofSeconds(7), Duration.ofSeconds(8)), store.objectStore().timeouts());
    }
}
