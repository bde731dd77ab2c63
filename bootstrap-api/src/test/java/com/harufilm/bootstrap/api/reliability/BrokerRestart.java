package com.harufilm.bootstrap.api.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The broker itself stopped for 10 s while videos encode ({@code rabbitmqctl stop_app}, then
 * {@code start_app}), not just its connections cut: the queues (durable, quorum) and their messages
 * must survive the restart, the API's outbox and the workers must reconnect by themselves, and
 * every video still completes once. The broker is the machine's shared one; the Maven build runs
 * one test at a time, and the broker is always started again before the scenario returns. Needs
 * {@code rabbitmqctl} and the rights to run it (root in CI): without them the scenario fails.
 */
final class BrokerRestart implements Scenario {

    private static final Duration STOPPED = Duration.ofSeconds(10);
    private static final Duration RABBITMQCTL_LIMIT = Duration.ofSeconds(60);

    private long encodingWhenStopped;

    @Override
    public String name() {
        return "broker stopped " + STOPPED.toSeconds() + " s";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        encodingWhenStopped = stack.requireEncoding();
        try {
            rabbitmqctl("stop_app");
            Thread.sleep(STOPPED);
        } finally {
            rabbitmqctl("start_app");
            rabbitmqctl("await_startup");
            stack.awaitBroker(RABBITMQCTL_LIMIT);
        }
    }

    private static void rabbitmqctl(String command) throws Exception {
        Path output = Files.createTempFile("rabbitmqctl-", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(List.of("rabbitmqctl", command)).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException absent) {
                throw new IllegalStateException("this scenario stops and starts the broker with rabbitmqctl, which could not be run", absent);
            }
            if (!process.waitFor(RABBITMQCTL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("rabbitmqctl " + command + " did not finish in " + RABBITMQCTL_LIMIT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("rabbitmqctl " + command + " failed (exit " + process.exitValue()
                        + "; it must run on the broker's machine, as root): " + Files.readString(output));
            }
        } finally {
            Files.delete(output);
        }
    }

    @Override
    public String toString() {
        return name() + " (" + encodingWhenStopped + " encoding when stopped)";
    }
}
