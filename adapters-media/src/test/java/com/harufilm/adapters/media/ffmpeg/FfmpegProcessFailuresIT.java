package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.StreamFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When ffmpeg itself misbehaves: it fails for reasons that are not the file's, it hangs, or the worker stops waiting. */
class FfmpegProcessFailuresIT {

    private static final MediaInfo CLIP = new MediaInfo(2, 320, 180, 0, true, StreamFormat.UNKNOWN);
    /** Writes its process id where the encoder runs it (the output folder), then hangs. */
    private static final String HANG = "echo $$ > pid; exec sleep 60";

    @TempDir
    Path dir;

    @Test
    void aFailureThatIsNotTheFilesFaultIsADependencyFailureCarryingStderr() throws Exception {
        var encoder = encoderRunning("echo 'Unknown encoder libx264' >&2; exit 1", MediaSettings.DEFAULT_ENCODE_TIMEOUT);

        var failure = assertThrows(DependencyFailure.class, () -> encoder.encode(dir.resolve("in.mp4"), CLIP, dir.resolve("out"), p -> { }));

        assertEquals(ErrorCode.VIDEO_ENCODING_FAILED, failure.code());
        assertTrue(failure.getMessage().contains("Unknown encoder libx264"), failure.getMessage());
    }

    @Test
    void aHungFfmpegIsKilledAtTheTimeout() throws Exception {
        var encoder = encoderRunning(HANG, Duration.ofSeconds(1));
        long started = System.nanoTime();

        var failure = assertThrows(DependencyFailure.class, () -> encoder.encode(dir.resolve("in.mp4"), CLIP, dir.resolve("out"), p -> { }));

        assertTrue(failure.getMessage().contains("did not finish within PT1S"), failure.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
        assertGone(dir.resolve("out/pid"));
    }

    @Test
    void anInterruptedEncodeKillsFfmpeg() throws Exception {
        var encoder = encoderRunning(HANG, MediaSettings.DEFAULT_ENCODE_TIMEOUT);
        var outcome = new CompletableFuture<Throwable>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                encoder.encode(dir.resolve("in.mp4"), CLIP, dir.resolve("out"), p -> { });
                outcome.complete(null);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        Path pid = dir.resolve("out/pid");
        for (int i = 0; i < 100 && (!Files.exists(pid) || Files.size(pid) == 0); i++) {
            Thread.sleep(50);
        }

        worker.interrupt();

        assertTrue(outcome.get(10, TimeUnit.SECONDS) instanceof DependencyFailure);
        assertGone(pid);
    }

    /** An encoder whose ffmpeg (and ffprobe) is a shell script with {@code body}. */
    private FfmpegMediaEncoder encoderRunning(String body, Duration timeout) throws Exception {
        Path fake = FakeExecutable.write(dir, "ffmpeg", body);
        var settings = new MediaSettings(null, null, MediaSettings.DEFAULT_MAX_DURATION, timeout, MediaSettings.DEFAULT_PRESET,
                MediaSettings.DEFAULT_MAX_PIXELS, MediaSettings.DEFAULT_MAX_FRAME_RATE);
        return new FfmpegMediaEncoder(new FfmpegBinaries(fake, fake), settings, new ProcessRunner());
    }

    /** The process whose id the fake wrote is no longer running (given a moment to be reaped). */
    private static void assertGone(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        var handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            handle.get().onExit().get(5, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }
}
