package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `harufilm dev` as a new user runs it: one process, nothing installed but a JDK. */
class EmbeddedRunIT {

    @TempDir
    Path dataDir;

    @Test
    void startsReadyOnItsOwnKeepsItsDataAcrossARestartAndStopsOnSigterm() throws Exception {
        int port = RunningProcess.freePort();
        Map<String, String> env = Map.of("PORT", Integer.toString(port), "HARU_DATA_DIR", dataDir.toString());

        try (var first = RunningProcess.start("dev", env, dataDir.resolve("logs"))) {
            first.awaitRunning(Duration.ofSeconds(60));
            var ready = first.get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals("{\"status\":\"UP\",\"components\":{\"database\":\"UP\",\"objectStore\":\"UP\"}}", ready.body());
            assertTrue(first.log().contains("Haru Film is running at http://localhost:" + port));
            assertTrue(first.log().matches("(?s).*applied=[1-9].*"), first.log());

            var unknown = first.get("/videos/nope/nothing");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("\"code\":\"NOT_FOUND\""));

            assertEquals(0, first.terminate(Duration.ofSeconds(15)), "SIGTERM is a clean stop");
            assertFalse(first.log().contains("could not hand the periodic jobs' leases back"), "the database closed before the stop was done with it:\n"
                    + first.log());
        }
        assertTrue(Files.isDirectory(dataDir.resolve("db")) && Files.isDirectory(dataDir.resolve("objects")));

        try (var second = RunningProcess.start("dev", env, dataDir.resolve("logs"))) {
            second.awaitRunning(Duration.ofSeconds(60));
            assertEquals(200, second.get("/health/ready").statusCode());
            assertTrue(second.log().contains("applied=0"), "the schema was kept:\n" + second.log());
            second.terminate(Duration.ofSeconds(15));
        }
    }
}
