package com.harufilm.bootstrap.api.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The production topology on one machine: the local S3 server, the API (after the migrations ran)
 * and N workers, each a process of its own started from the packaged jars.
 */
public final class Stack implements AutoCloseable {

    /** The two deployables, and the JVM that runs them. */
    public record Jars(Path java, Path api, Path worker) {
    }

    static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Pattern API_READY = Pattern.compile("Haru Film is running at (http://\\S+)");
    private static final Pattern WORKER_READY = Pattern.compile("Haru Film worker is consuming");

    private final ChildProcess s3;
    private final S3Endpoint s3Endpoint;
    private final ChildProcess api;
    private final URI apiUri;
    private final List<ChildProcess> workers;

    private Stack(ChildProcess s3, S3Endpoint s3Endpoint, ChildProcess api, URI apiUri, List<ChildProcess> workers) {
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.api = api;
        this.apiUri = apiUri;
        this.workers = workers;
    }

    /** Starts every process in order, each once the one it needs is ready; stops what started if one fails. */
    public static Stack start(StackLayout layout, Map<String, String> given, int workerCount, Jars jars) throws Exception {
        StackEnvironment environment = new StackEnvironment(given, layout);
        List<String> javaOptions = Arrays.stream(given.getOrDefault("HARU_JAVA_OPTS", "").split("\\s+")).filter(o -> !o.isEmpty()).toList();
        List<ChildProcess> started = new ArrayList<>();
        try {
            ChildProcess s3 = process("s3", jars.java(), javaOptions, jars.api(), "s3", environment.s3(), layout, S3Endpoint.READY);
            S3Endpoint endpoint = S3Endpoint.from(s3.start(START_LIMIT));
            started.add(s3);
            ChildProcess migrate = process("migrate", jars.java(), javaOptions, jars.api(), "migrate", environment.migrate(), layout, API_READY);
            int migrated = migrate.runToEnd(START_LIMIT);
            if (migrated != 0) {
                throw new IOException("the migrations failed (exit " + migrated + "); see " + migrate.log());
            }
            ChildProcess api = process("api", jars.java(), javaOptions, jars.api(), "api",
                    environment.api(endpoint, StackSecrets.jwtKeys(layout)), layout, API_READY);
            URI apiUri = URI.create(api.start(START_LIMIT).group(1));
            started.add(api);
            List<ChildProcess> workers = new ArrayList<>();
            for (int number = 1; number <= workerCount; number++) {
                ChildProcess worker = process("worker-" + number, jars.java(), javaOptions, jars.worker(), "worker",
                        environment.worker(number, endpoint), layout, WORKER_READY);
                worker.start(START_LIMIT);
                started.add(worker);
                workers.add(worker);
            }
            return new Stack(s3, endpoint, api, apiUri, List.copyOf(workers));
        } catch (Exception e) {
            stopAll(started.reversed());
            throw e;
        }
    }

    private static ChildProcess process(String name, Path java, List<String> javaOptions, Path jar, String command,
                                        Map<String, String> environment, StackLayout layout, Pattern ready) {
        List<String> line = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED"));
        line.addAll(javaOptions);
        line.addAll(List.of("-jar", jar.toString(), command));
        return new ChildProcess(name, line, environment, layout.log(name), ready);
    }

    public ChildProcess s3() {
        return s3;
    }

    public S3Endpoint s3Endpoint() {
        return s3Endpoint;
    }

    public ChildProcess api() {
        return api;
    }

    /** Where the API answered at start; a restart keeps it only with a fixed PORT (the default 8080). */
    public URI apiUri() {
        return apiUri;
    }

    public List<ChildProcess> workers() {
        return workers;
    }

    /** Every process, in the order they started. */
    public List<ChildProcess> processes() {
        List<ChildProcess> all = new ArrayList<>(List.of(s3, api));
        all.addAll(workers);
        return all;
    }

    /** Stops the workers first, then the API, then the S3 server they use. */
    @Override
    public void close() {
        stopAll(processes().reversed());
    }

    private static void stopAll(List<ChildProcess> processes) {
        for (ChildProcess process : processes) {
            try {
                process.stop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
