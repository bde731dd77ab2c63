package com.harufilm.bootstrap.api.reliability;

import com.harufilm.bootstrap.api.stack.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * kill -9 of each worker in turn while it is encoding (its scratch folder holds a job's files),
 * then a restart of it: the job it held is delivered again, and the restart clears its scratch.
 */
final class WorkerKilledMidEncode implements Scenario {

    private int kills;

    @Override
    public String name() {
        return "worker kill -9 mid-encode";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        for (int index = 0; index < stack.workers().size(); index++) {
            ChildProcess worker = stack.workers().get(index);
            if (awaitEncoding(stack.workDir(index))) {
                worker.kill();
                kills++;
                stack.restart(worker);
            }
        }
        if (kills == 0) {
            throw new IllegalStateException("no worker was ever caught encoding: the scenario injected nothing");
        }
    }

    /** Waits until the worker's scratch folder holds files (an encode under way), for a minute at most. */
    private static boolean awaitEncoding(Path workDir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (holdsFiles(workDir)) {
                Thread.sleep(300);
                return holdsFiles(workDir);
            }
            Thread.sleep(50);
        }
        return false;
    }

    static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException | UncheckedIOException vanishing) {
            // the encode finished while we looked
            return false;
        }
    }

    @Override
    public String toString() {
        return name() + " (" + kills + " kills)";
    }
}
