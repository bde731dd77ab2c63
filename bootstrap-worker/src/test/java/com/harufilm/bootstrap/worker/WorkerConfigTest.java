package com.harufilm.bootstrap.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.encoding.AttemptLimits;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerConfigTest {

    @Test
    void badSettingsStopTheWorkerWithAMessageNamingEachBadVariable() {
        Map<String, String> bad = Map.of(
                "HARU_RABBITMQ_URI", "not a uri",
                "HARU_WORKER_CONCURRENCY", "0",
                "HARU_ENCODE_TIMEOUT_MINUTES", "30",
                "HARU_S3_PATH_STYLE", "maybe",
                "HARU_ENCODE_MAX_ATTEMPTS", "many");

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
}
