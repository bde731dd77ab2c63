package com.harufilm.bootstrap.api.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.ResumableUploadClient;
import com.harufilm.bootstrap.api.RunningProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code harufilm dev} from the packaged jar for the test class that registers it: the API, the
 * worker, the database and the store in one process on a fresh data folder, with dev login on.
 * Its data and logs stay under {@code target/browser-runs/<TestClass>-<n>/} for a failed run's reader.
 */
public final class DevServer implements BeforeAllCallback, AfterAllCallback {

    private static final ObjectMapper json = new ObjectMapper();

    private final Map<String, String> settings;
    private RunningProcess dev;
    private Path folder;

    public DevServer() {
        this(Map.of());
    }

    /** With these settings added to the environment, e.g. a Google stub's. */
    public DevServer(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createDirectories(Path.of("target", "browser-runs")
                .resolve(context.getRequiredTestClass().getSimpleName() + "-" + System.currentTimeMillis()));
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORT", Integer.toString(RunningProcess.freePort()));
        env.put("HARU_DATA_DIR", folder.resolve("data").toAbsolutePath().toString());
        dev = RunningProcess.start("dev", env, folder.resolve("logs"));
        dev.awaitRunning(Duration.ofSeconds(60));
    }

    /** {@code http://localhost:PORT}, where the web client and the API are served. */
    public URI baseUri() {
        return dev.baseUri();
    }

    public RunningProcess process() {
        return dev;
    }

    /** Signs {@code email} in through dev login and returns the access token, for checks made beside the browser. */
    public String accessToken(String email) throws Exception {
        JsonNode tokens = json.readTree(dev.post("/auth/dev", json.writeValueAsString(Map.of("email", email))).body());
        return tokens.get("accessToken").asText();
    }

    /**
     * Uploads {@code clip} for {@code date} through the resumable protocol, as a phone would, and
     * waits until the worker has made it COMPLETE; returns the video as the API shows it.
     */
    public JsonNode completeVideo(String accessToken, LocalDate date, Path clip) throws Exception {
        var uploads = new ResumableUploadClient(baseUri(), accessToken, 2, 3, (call, status, body) -> { });
        String videoId = uploads.resume(uploads.initiate(clip, date, "video/mp4", null), clip).get("videoId").asText();
        return dev.awaitVideo(accessToken, videoId, "COMPLETE", Duration.ofSeconds(90));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dev != null) {
            dev.terminate(Duration.ofSeconds(15));
            dev.close();
        }
    }
}
