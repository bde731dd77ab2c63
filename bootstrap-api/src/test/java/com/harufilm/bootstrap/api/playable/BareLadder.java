package com.harufilm.bootstrap.api.playable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The best bare ffmpeg command for the whole ladder of a 1080x1920 source, as measured in
 * /work/shared/toolchain.md ("FFmpeg ladder, measured here"): one decode, the full-size picture
 * unscaled as the top rung, 720 scaled from it and 360 from 720 (bilinear), one AAC encode shared
 * as an audio group, veryfast, 2 s GOP, 4 s segments. What the product's ladder is held against.
 */
record BareLadder(double wallSeconds, double cpuSeconds) {

    static List<String> command(Path source) {
        return List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-y", "-i", source.toString(),
                "-filter_complex", "[0:v]format=yuv420p,split=2[v2][s2];[s2]scale=720:1280:flags=bilinear,split=2[v1][s1];"
                        + "[s1]scale=360:640:flags=bilinear[v0]",
                "-map", "[v0]", "-map", "[v1]", "-map", "[v2]", "-map", "0:a:0",
                "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-g", "60", "-keyint_min", "60", "-sc_threshold", "0",
                "-b:v:0", "730k", "-b:v:1", "3000k", "-b:v:2", "6000k", "-c:a", "aac", "-b:a", "128k", "-ac", "2",
                "-f", "hls", "-hls_time", "4", "-hls_playlist_type", "vod", "-hls_flags", "independent_segments",
                "-hls_segment_filename", "%v/seg_%03d.ts", "-master_pl_name", "master.m3u8",
                "-var_stream_map", "v:0,agroup:aud v:1,agroup:aud v:2,agroup:aud a:0,agroup:aud", "%v/index.m3u8");
    }

    /**
     * Runs it in an empty {@code dir}, timed. Its CPU is read from this process's reaped children,
     * so nothing else may run as a child of this JVM meanwhile.
     */
    static BareLadder run(Path source, Path dir) throws IOException, InterruptedException {
        deleteTree(dir);
        Files.createDirectories(dir);
        ProcessCpu before = ProcessCpu.ofThisProcess();
        long started = System.nanoTime();
        Process ffmpeg = new ProcessBuilder(command(source.toAbsolutePath())).directory(dir.toFile()).inheritIO().start();
        if (ffmpeg.waitFor() != 0) {
            throw new IOException("the bare ladder failed on " + source);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = ProcessCpu.ofThisProcess().since(before).childrenSeconds();
        deleteTree(dir);
        return new BareLadder(wall, cpu);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
