package com.harufilm.bootstrap.api.playable;

import com.harufilm.bootstrap.api.reliability.LavfiClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The two sources the benchmark uploads, as a phone records them: 1080x1920 at 30 fps with AAC,
 * H.264 High at about 12 Mb/s with a keyframe a second, and the same pictures in HEVC at about
 * 8 Mb/s tagged hvc1 (as iPhones write it). Temporal noise stands in for a sensor's grain, so the
 * encoder has real work and the bit rate is a phone's, not a test pattern's. Kept between runs:
 * making them costs minutes.
 */
final class BenchClips {

    record Clip(String name, Path file, int seconds) {
        double megabitsPerSecond() throws IOException {
            return Files.size(file) * 8 / 1e6 / seconds;
        }
    }

    private BenchClips() {
    }

    static List<Clip> make(Path dir, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path h264 = dir.resolve("h264-" + seconds + "s.mp4");
        if (!Files.exists(h264)) {
            Path made = LavfiClip.make(dir, "making-h264", "1080x1920", seconds, "-vf", "noise=alls=6:allf=t", "-preset", "veryfast",
                    "-profile:v", "high", "-b:v", "12M", "-maxrate", "14M", "-bufsize", "24M", "-g", "30", "-b:a", "128k",
                    "-movflags", "+faststart");
            Files.move(made, h264, StandardCopyOption.REPLACE_EXISTING);
        }
        Path hevc = dir.resolve("hevc-" + seconds + "s.mp4");
        if (!Files.exists(hevc)) {
            Path making = dir.resolve("making-hevc.mp4");
            run(List.of("ffmpeg", "-v", "error", "-y", "-i", h264.toString(), "-map", "0", "-c:v", "libx265", "-preset", "superfast",
                    "-pix_fmt", "yuv420p", "-b:v", "8M", "-tag:v", "hvc1", "-x265-params", "log-level=error:keyint=30:min-keyint=30",
                    "-c:a", "copy", "-movflags", "+faststart", making.toString()));
            Files.move(making, hevc, StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of(new Clip("h264", h264, seconds), new Clip("hevc", hevc, seconds));
    }

    /** A small clip that takes the worker through every step once, so the measured ones meet a JVM that ran them, as in production. */
    static Clip warmUp(Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("warm-up.mp4");
        if (!Files.exists(file)) {
            Files.move(LavfiClip.make(dir, "making-warm-up", "360x640", 2), file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Clip("warm-up", file, 2);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }
}
