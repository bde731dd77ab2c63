package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HARU_LOG_FORMAT=json as a log pipeline reads it: every line the process logs is one JSON object. */
class JsonLogIT {

    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void withJsonLogsEveryLineIsOneObjectWithLevelLoggerMessageAndTheRequestId() throws Exception {
        Map<String, String> env = Map.of("PORT", Integer.toString(RunningProcess.freePort()), "HARU_DATA_DIR", dataDir.toString(),
                "HARU_LOG_FORMAT", "json");
        List<JsonNode> logged = new ArrayList<>();
        try (var api = RunningProcess.start("dev", env, dataDir.resolve("logs"))) {
            api.awaitRunning(Duration.ofSeconds(60));
            var answer = api.get("/health/live");
            assertEquals(200, answer.statusCode(), answer.body());
            api.awaitOutput("\"loggerName\":\"http\"", Duration.ofSeconds(10));
            assertEquals(0, api.terminate(Duration.ofSeconds(15)));
            assertFalse(api.log().contains("ch.qos.logback"), "logback's own status is no log line:\n" + api.log());
            for (String line : api.logLines()) {
                logged.add(json.readTree(line));
            }
        }

        assertFalse(logged.isEmpty());
        for (JsonNode event : logged) {
            assertTrue(event.isObject() && event.path("timestamp").isNumber() && event.path("level").isTextual()
                    && event.path("loggerName").isTextual() && event.path("formattedMessage").isTextual(), event.toString());
        }
        JsonNode request = logged.stream().filter(event -> event.path("loggerName").asText().equals("http")).findFirst().orElseThrow();
        String message = request.path("formattedMessage").asText();
        assertTrue(message.contains("route=/health/live") && message.contains("status=200"), request.toString());
        assertTrue(request.path("mdc").path("requestId").isTextual(), request.toString());
    }
}
