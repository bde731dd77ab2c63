package com.harufilm.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.web.openapi.ContractCheck;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A deployable started as its own OS process from the packaged jar, spoken to over HTTP. */
public final class RunningProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Haru Film is running at (http://localhost:\\d+)");
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private URI baseUri;

    private RunningProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs {@code target/haru-api.jar command} with the given environment added to this one's. */
    public static RunningProcess start(String command, Map<String, String> env, Path logs) throws IOException {
        return start(Path.of("target", "haru-api.jar"), command, env, logs);
    }

    /** The worker deployable, built by the sibling module before this one. */
    static RunningProcess startWorker(Map<String, String> env, Path logs) throws IOException {
        return start(Path.of("..", "bootstrap-worker", "target", "haru-worker.jar"), "worker", env, logs);
    }

    private static RunningProcess start(Path jar, String command, Map<String, String> env, Path logs) throws IOException {
        Files.createDirectories(logs);
        Path out = logs.resolve(command + "-" + System.nanoTime() + ".out");
        Path err = logs.resolve(command + "-" + System.nanoTime() + ".err");
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString(), command))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        return new RunningProcess(builder.start(), out, err);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for the launcher's "running at" line and returns how long it took. */
    public Duration awaitRunning(Duration limit) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = RUNNING.matcher(Files.readString(stdout));
            if (matcher.find()) {
                baseUri = URI.create(matcher.group(1));
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (!process.isAlive()) {
                throw new AssertionError("process exited with " + process.exitValue() + ":\n" + log());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not running after " + limit + ":\n" + log());
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The calls below hold every exchange to docs/openapi.yaml, as ApiUnderTest does. */
    public HttpResponse<String> post(String path, String body) throws Exception {
        return checked(body, HttpRequest.newBuilder(baseUri.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return checked(null, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10)));
    }

    public HttpResponse<String> get(String path, String accessToken) throws Exception {
        return checked(null, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + accessToken));
    }

    public HttpResponse<String> delete(String path, String accessToken) throws Exception {
        return checked(null, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10)).DELETE()
                .header("Authorization", "Bearer " + accessToken));
    }

    private static HttpResponse<String> checked(@Nullable String body, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.ofTheDocument().check(body == null ? null : body.getBytes(StandardCharsets.UTF_8), response);
        return response;
    }

    /** Polls the video until it has {@code status} and returns it; FAILED on the way fails the test. */
    public JsonNode awaitVideo(String accessToken, String videoId, String status, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode video = null;
        while (System.nanoTime() < deadline) {
            video = json.readTree(get("/videos/" + videoId, accessToken).body());
            if (status.equals(video.path("status").asText())) {
                return video;
            }
            if ("FAILED".equals(video.path("status").asText())) {
                throw new AssertionError("FAILED, not " + status + ": " + video);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not " + status + " within " + limit + ": " + video + "\n" + log());
    }

    /** Waits until the process has printed {@code text}. */
    void awaitOutput(String text, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("no '" + text + "' within " + limit + ":\n" + log());
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL: no shutdown hook runs, as when a machine dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sends SIGTERM, as an orchestrator would, and returns the exit code. */
    public int terminate(Duration limit) throws Exception {
        sigterm();
        return awaitExit(limit);
    }

    /** Sends SIGTERM ({@code destroy()} is SIGTERM on Linux) and returns at once. */
    void sigterm() {
        process.destroy();
    }

    long pid() {
        return process.pid();
    }

    int awaitExit(Duration limit) throws Exception {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + limit + ":\n" + log());
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.readString(stdout) + Files.readString(stderr);
    }

    /** What the process logged, line by line: logback writes to stderr, the launcher's own lines go to stdout. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
