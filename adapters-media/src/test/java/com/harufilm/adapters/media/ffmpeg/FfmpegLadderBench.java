package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.video.MediaInfo;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: bench/ffmpeg/ladder-bench.sh runs it to time the adapter's own encode ({@code encode
 * SOURCE OUTDIR} prints wall_seconds=...) or to get its exact ffmpeg command line ({@code command
 * SOURCE}, one argument per line, to run bare). Uses ffmpeg from PATH, as the worker would.
 */
public final class FfmpegLadderBench {

    private FfmpegLadderBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: FfmpegLadderBench encode SOURCE OUTDIR | command SOURCE");
            System.exit(2);
        }
        var runner = new ProcessRunner();
        var binaries = new FfmpegLocator(System.getenv().getOrDefault("PATH", ""), runner).locate(null, null);
        var settings = MediaSettings.defaults();
        var encoder = new FfmpegMediaEncoder(binaries, settings, runner);
        Path source = Path.of(args[1]);
        MediaInfo info = encoder.probe(source);
        if (args[0].equals("command")) {
            var plan = LadderPlan.forPicture(info.width(), info.height());
            FfmpegCommands.ladderCommand(binaries.ffmpeg(), source, info, plan, settings).forEach(System.out::println);
            return;
        }
        long started = System.nanoTime();
        encoder.encode(source, info, Path.of(args[2]), progress -> { });
        System.out.printf(Locale.ROOT, "wall_seconds=%.2f%n", (System.nanoTime() - started) / 1e9);
    }
}
