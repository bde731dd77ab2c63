package com.harufilm.bootstrap.api.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Clips FFmpeg makes itself from its lavfi test sources (a test pattern and a tone), H.264/AAC in mp4. */
public final class LavfiClip {

    private LavfiClip() {
    }

    /** {@code seconds} of {@code size} ("1280x720"); {@code extra} goes before the output (filters, bit rates). */
    public static Path make(Path dir, String name, String size, int seconds, String... extra) throws IOException, InterruptedException {
        Path file = dir.resolve(name + ".mp4");
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440", "-t", Integer.toString(seconds), "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac"));
        command.addAll(List.of(extra));
        command.add(file.toString());
        Process ffmpeg = new ProcessBuilder(command).inheritIO().start();
        if (ffmpeg.waitFor() != 0) {
            throw new IOException("ffmpeg could not make " + file);
        }
        return file;
    }
}
