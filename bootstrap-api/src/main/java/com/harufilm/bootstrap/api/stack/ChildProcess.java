package com.harufilm.bootstrap.api.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process of the stack: started from its command and environment with its output appended to
 * its own log file, ready once it printed its ready line, and started again the same way after it
 * died or was killed.
 */
public final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final Pattern ready;
    private volatile Process process;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path log, Pattern ready) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.ready = ready;
    }

    /** Starts the process and waits for its ready line (printed after this start) within {@code limit}. */
    public Matcher start(Duration limit) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long offset = Files.exists(log) ? Files.size(log) : 0;
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = ready.matcher(logSince(offset));
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IOException(name + " was not ready within " + limit + "; see " + log);
    }

    /** Runs the process to its end and returns its exit code. */
    public int runToEnd(Duration limit) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IOException(name + " did not finish within " + limit + "; see " + log);
        }
        return process.exitValue();
    }

    private String logSince(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset), StandardCharsets.UTF_8);
    }

    /** SIGKILL, as when the machine dies: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        Process running = process;
        if (running != null) {
            running.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM, then SIGKILL if it is still running after {@code grace}; returns the exit code. */
    public int stop(Duration grace) throws InterruptedException {
        Process running = process;
        if (running == null) {
            return 0;
        }
        running.destroy();
        if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            running.destroyForcibly().waitFor();
        }
        return running.exitValue();
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Completes when the process started last exits. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public Map<String, String> environment() {
        return environment;
    }
}
