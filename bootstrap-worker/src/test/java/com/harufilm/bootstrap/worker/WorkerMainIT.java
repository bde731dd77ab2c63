package com.harufilm.bootstrap.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The worker process itself, started as a deployment starts it. */
class WorkerMainIT {

    @Test
    void badSettingsEndTheProcessAtOnceWithExitCodeTwoAndEveryBadVariableNamed() throws Exception {
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName());
        builder.environment().put("HARU_WORKER_CONCURRENCY", "0");
        builder.environment().put("HARU_RABBITMQ_URI", "not a uri");
        Process worker = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

        assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "the worker stops by itself");
        String stderr = new String(worker.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, worker.exitValue(), stderr);
        assertTrue(stderr.contains("HARU_WORKER_CONCURRENCY") && stderr.contains("HARU_RABBITMQ_URI"), stderr);
        assertFalse(stderr.contains("\tat "), "a message, not a stack trace: " + stderr);
    }
}
