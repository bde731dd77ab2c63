package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an encode wrote, read back for assertions: the master's variants, each rendition's segments, decoded by ffprobe. */
record HlsFolder(Path dir, FfmpegBinaries binaries) {

    /** A decoded segment's picture size and how many frames decoded. */
    record Decoded(int width, int height, int frames) {
    }

    String master() throws IOException {
        return Files.readString(dir.resolve("master.m3u8"));
    }

    /** The #EXT-X-STREAM-INF lines of video variants (audio-only variants have no RESOLUTION). */
    List<String> videoVariants() throws IOException {
        return master().lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:") && l.contains("RESOLUTION=")).toList();
    }

    /** The #EXTINF durations of a media playlist, in order: equal lists mean segments cut at the same instants. */
    List<String> segmentDurations(String playlist) throws IOException {
        return Files.readAllLines(dir.resolve(playlist)).stream().filter(l -> l.startsWith("#EXTINF:")).toList();
    }

    /** The highest bit rate of any one segment (its bytes over its #EXTINF), video and container overhead included. */
    double peakBitRate(String playlist) throws IOException {
        Path media = dir.resolve(playlist);
        List<String> lines = Files.readAllLines(media);
        double peak = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("#EXTINF:")) {
                double seconds = Double.parseDouble(lines.get(i).substring(8).replace(",", ""));
                peak = Math.max(peak, Files.size(media.resolveSibling(lines.get(i + 1))) * 8 / seconds);
            }
        }
        return peak;
    }

    Path firstSegment(String playlist) throws IOException {
        Path media = dir.resolve(playlist);
        String name = Files.readAllLines(media).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        return media.resolveSibling(name);
    }

    /** Which corner of the first picture in {@code file} holds {@link TestClips}' white square, as displayed. */
    String whiteCorner(Path file) throws IOException {
        byte[] luma = firstPicture(file, "scale=64:64", "gray");
        String[] names = {"top-left", "top-right", "bottom-left", "bottom-right"};
        int[][] points = {{2, 2}, {61, 2}, {2, 61}, {61, 61}};
        List<String> white = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((luma[points[i][1] * 64 + points[i][0]] & 0xff) > 235) {
                white.add(names[i]);
            }
        }
        return String.join(",", white);
    }

    /**
     * The mean red, green and blue (0-255) of the 8x8 pixels centred on ({@code x}, {@code y}) in
     * the first picture of {@code file}, converted by the matrix its tags name.
     */
    int[] rgbAround(Path file, int x, int y) throws IOException {
        byte[] rgb = firstPicture(file, "crop=8:8:" + (x - 4) + ":" + (y - 4) + ",scale=1:1:flags=area", "rgb24");
        return new int[] {rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff};
    }

    /** The first video stream's codec, pixel format and colour tags, by ffprobe's names (codec_name, pix_fmt, color_*). */
    Map<String, String> pictureFormat(Path file) {
        Map<String, String> format = new TreeMap<>();
        var run = new ProcessRunner().run(List.of(binaries.ffprobe().toString(), "-v", "error", "-select_streams", "v:0",
                        "-show_entries", "stream=codec_name,pix_fmt,color_space,color_transfer,color_primaries",
                        "-of", "default=noprint_wrappers=1", file.toString()),
                dir, Duration.ofMinutes(1), line -> format.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        assertEquals(0, run.exitCode(), () -> "probing " + file + ": " + run.stderrTail(5));
        return format;
    }

    /** The first picture of {@code file} after {@code filters}, as raw {@code pixelFormat} bytes. */
    private byte[] firstPicture(Path file, String filters, String pixelFormat) throws IOException {
        Path raw = dir.resolve("picture.raw");
        var run = new ProcessRunner().run(List.of(binaries.ffmpeg().toString(), "-v", "error", "-y", "-i", file.toString(),
                "-frames:v", "1", "-vf", filters, "-f", "rawvideo", "-pix_fmt", pixelFormat, raw.toString()),
                dir, Duration.ofMinutes(1), line -> { });
        assertEquals(0, run.exitCode(), run::toString);
        byte[] bytes = Files.readAllBytes(raw);
        Files.delete(raw);
        return bytes;
    }

    /** Decodes every video frame of {@code file} (-count_frames), which proves it plays. */
    Decoded decode(Path file) {
        List<String> out = new ArrayList<>();
        var run = new ProcessRunner().run(List.of(binaries.ffprobe().toString(), "-v", "error", "-count_frames",
                        "-select_streams", "v:0", "-show_entries", "stream=width,height,nb_read_frames", "-of", "csv=p=0",
                        file.toString()),
                dir, Duration.ofMinutes(1), out::add);
        assertEquals(0, run.exitCode(), () -> "decoding " + file + ": " + run.stderrTail(5));
        String[] fields = out.getFirst().split(",");
        return new Decoded(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), Integer.parseInt(fields[2]));
    }
}
