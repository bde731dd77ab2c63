package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Videos made by ffmpeg itself from its lavfi test sources, small and short so the suite stays fast. */
record TestClips(FfmpegBinaries binaries, Path dir) {

    /** Clips made in {@code dir} by the ffmpeg the encoder finds on this machine (PATH, else the bundled build). */
    static TestClips byLocalFfmpeg(Path dir) {
        return new TestClips(new FfmpegLocator(System.getenv().getOrDefault("PATH", ""), new ProcessRunner()).locate(null, null), dir);
    }

    /**
     * A testsrc2 picture with a white square in its top-left corner (to tell which way up it is
     * shown), with a sine tone when {@code sound}, H.264/AAC in mp4; {@code extra} goes before the output.
     */
    Path make(String name, int width, int height, double seconds, boolean sound, String... extra) {
        List<String> command = new ArrayList<>(List.of(binaries.ffmpeg().toString(), "-v", "error", "-y",
                "-f", "lavfi", "-i", picture(width, height, seconds)));
        if (sound) {
            command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds, "-c:a", "aac"));
        }
        command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
        command.addAll(List.of(extra));
        return run(command, name);
    }

    /**
     * The same picture as phone HDR records it: 10-bit HEVC, BT.2020, with {@code transfer}
     * ({@code arib-std-b67} for HLG, {@code smpte2084} for PQ), tagged in the stream and the
     * container. The SDR picture is converted, with its white at 100 nits, not merely tagged:
     * SDR values tagged HDR would be a scene of pure-BT.2020 colours at peak brightness, whose
     * untouched copy looks like the test card, so a washed-out encode could not be told apart.
     */
    Path hdr(String name, int width, int height, double seconds, String transfer) {
        return run(List.of(binaries.ffmpeg().toString(), "-v", "error", "-y", "-f", "lavfi", "-i", picture(width, height, seconds)
                        + ",format=yuv420p,zscale=tin=bt709:pin=bt709:min=bt709:rin=tv:t=" + transfer
                        + ":p=bt2020:m=bt2020nc:r=tv:npl=100,format=yuv420p10le",
                "-c:v", "libx265", "-preset", "ultrafast",
                "-x265-params", "log-level=error:colorprim=bt2020:transfer=" + transfer + ":colormatrix=bt2020nc",
                "-color_primaries", "bt2020", "-color_trc", transfer, "-colorspace", "bt2020nc", "-tag:v", "hvc1"), name);
    }

    /**
     * What Chromium's MediaRecorder writes: WebM with {@code videoEncoder} ({@code libvpx} for VP8,
     * {@code libvpx-vp9}) and Opus, streamed as it is recorded, so with neither a duration nor cues
     * (the muxer writes to a pipe it cannot seek back in, and the inputs end on their own, not by -t).
     */
    Path recordedWebm(String name, String videoEncoder, double seconds) throws IOException {
        Path file = dir.resolve(name);
        Process ffmpeg = new ProcessBuilder(binaries.ffmpeg().toString(), "-v", "error", "-f", "lavfi", "-i", picture(320, 240, seconds),
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds,
                "-c:v", videoEncoder, "-b:v", "300k", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus",
                "-f", "webm", "pipe:1")
                .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            assertEquals(0, ffmpeg.waitFor(), "making " + name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + name, e);
        }
        return file;
    }

    /** What Safari's MediaRecorder writes: fragmented MP4, H.264 and AAC, an empty moov then one moof per keyframe. */
    Path recordedFragmentedMp4(String name, double seconds) {
        return make(name, 320, 240, seconds, true, "-movflags", "frag_keyframe+empty_moov+default_base_moof");
    }

    private static String picture(int width, int height, double seconds) {
        return "testsrc2=size=" + width + "x" + height + ":rate=30:duration=" + seconds + ",drawbox=w=iw/8:h=iw/8:color=white:t=fill";
    }

    /**
     * A copy of {@code clip} whose video carries a display rotation, as phones write portrait clips.
     * On ffmpeg 5.1 the rotate tag only takes on a stream copy (and -display_rotation came in 6.0).
     */
    Path rotated(Path clip, String name, int rotateTag) {
        return run(List.of(binaries.ffmpeg().toString(), "-v", "error", "-y", "-i", clip.toString(), "-c", "copy",
                "-metadata:s:v", "rotate=" + rotateTag), name);
    }

    private Path run(List<String> command, String name) {
        List<String> full = new ArrayList<>(command);
        full.add(name);
        var run = new ProcessRunner().run(full, dir, Duration.ofMinutes(1), line -> { });
        assertEquals(0, run.exitCode(), () -> "making " + name + ": " + run.stderrTail(5));
        return dir.resolve(name);
    }

    /** The first half of {@code clip}'s bytes, as an upload cut off half-way leaves it. */
    Path cutInHalf(Path clip, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(clip);
        return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
    }

    Path randomBytes(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }
}
