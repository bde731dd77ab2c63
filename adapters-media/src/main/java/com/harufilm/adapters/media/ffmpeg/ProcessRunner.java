package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a command line to its end. Both pipes are drained on their own threads so the child never
 * blocks on a full pipe; stdout lines are handed to the caller on the caller's thread (progress
 * callbacks then run where the caller expects them); the child is killed on timeout, interruption
 * or any exception.
 */
final class ProcessRunner {

    /** How much stderr is kept: enough to classify a failure and to log, bounded for chatty inputs. */
    private static final int STDERR_LINES = 200;

    /** How a run ended: the exit code and the (last) stderr lines. */
    record Finished(int exitCode, List<String> stderr) {

        Finished {
            stderr = List.copyOf(stderr);
        }

        /** The last lines of stderr on one line, for an exception message that goes to the log. */
        String stderrTail(int lines) {
            return String.join(" | ", stderr.subList(Math.max(0, stderr.size() - lines), stderr.size()));
        }
    }

    Finished run(List<String> command, Path workDir, Duration timeout, Consumer<String> stdoutLine) {
        String tool = Path.of(command.getFirst()).getFileName().toString();
        Process process = start(command, workDir, tool);
        try {
            BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
            ArrayDeque<String> stderr = new ArrayDeque<>();
            Thread outDrain = drain(process.getInputStream(), stdout::add);
            Thread errDrain = drain(process.getErrorStream(), line -> keepLast(stderr, line));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (outDrain.isAlive() || !stdout.isEmpty()) {
                String line = stdout.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    stdoutLine.accept(line);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw timedOut(tool, timeout);
                }
            }
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw timedOut(tool, timeout);
            }
            errDrain.join(TimeUnit.SECONDS.toMillis(5));
            synchronized (stderr) {
                return new Finished(process.exitValue(), List.copyOf(stderr));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, tool + " was interrupted", e);
        } finally {
            // Every way out, including the caller's exceptions from the stdout consumer, ends the child.
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static Process start(List<String> command, Path workDir, String tool) {
        try {
            return new ProcessBuilder(command).directory(workDir.toFile()).start();
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "cannot start " + tool + ": " + e.getMessage(), e);
        }
    }

    private static DependencyFailure timedOut(String tool, Duration timeout) {
        return new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, tool + " did not finish within " + timeout, null);
    }

    private static void keepLast(ArrayDeque<String> lines, String line) {
        synchronized (lines) {
            if (lines.size() == STDERR_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    private static Thread drain(InputStream stream, Consumer<String> sink) {
        return Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().forEach(sink);
            } catch (IOException | UncheckedIOException e) {
                // The pipe closes under us when the child is killed; what was read so far is all there is.
            }
        });
    }
}
