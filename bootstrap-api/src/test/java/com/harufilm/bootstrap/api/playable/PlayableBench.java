package com.harufilm.bootstrap.api.playable;

import ch.qos.logback.classic.Level;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.bootstrap.api.reliability.StackUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The playable benchmark, run by bench/playable/run.sh (not a test): a phone's H.264 clip and the
 * same clip in HEVC through the production topology (the S3 server, the API and one worker from
 * the built jars, at the production x264 preset), timed from the complete-upload answer to the
 * first playbackUrl whose first segment decodes and to COMPLETE, each beside the best bare ffmpeg
 * ladder run right after on the same clip. Prints the ratios against the targets, the worker's CPU
 * and its stages.
 */
public final class PlayableBench {

    /** Issue #14's targets, as fractions of the bare ladder's wall time. */
    private static final Map<String, Double> FIRST_PLAYABLE_TARGET = Map.of("h264", 0.15, "hevc", 0.5);
    private static final double COMPLETE_TARGET = 1.1;

    private record Row(int run, BenchClips.Clip clip, String loadBefore, PlayableWatch.Observation seen, BareLadder bare) {
    }

    private PlayableBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = option(args, "--seconds", 30);
        int runs = option(args, "--runs", 1);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path home = Path.of("target", "bench-playable").toAbsolutePath();
        System.out.println("== machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + "; " + ffmpegVersion()
                + "; Java " + Runtime.version());
        System.out.println("== clips (" + seconds + " s, made once and kept in " + home.resolve("clips") + ")");
        List<BenchClips.Clip> clips = BenchClips.make(home.resolve("clips"), seconds);
        for (BenchClips.Clip clip : clips) {
            System.out.printf(Locale.ROOT, "   %s: %s, %.1f Mb/s%n", clip.name(), clip.file().getFileName(), clip.megabitsPerSecond());
        }
        System.out.println("== load before: " + loadAverage());
        Path stackRoot = home.resolve("stack");
        BareLadder.deleteTree(stackRoot);
        List<Row> rows = new ArrayList<>();
        try (var stack = StackUnderTest.start(stackRoot, 1, Map.of("HARU_X264_PRESET", MediaSettings.DEFAULT_PRESET))) {
            System.out.println("== stack up (API " + stack.api() + ", 1 worker, x264 " + MediaSettings.DEFAULT_PRESET + "); logs in "
                    + stackRoot.resolve("logs"));
            var watch = new PlayableWatch(stack, Files.createDirectories(home.resolve("segments")));
            var warmUp = watch.watch(BenchClips.warmUp(home.resolve("clips")), "bench-" + System.currentTimeMillis() + "-warm-up");
            System.out.printf(Locale.ROOT, "   warm-up (2 s 360x640, not counted): first playable %.2f s, COMPLETE %.1f s%n",
                    warmUp.firstPlayableSec(), warmUp.completeSec());
            for (int run = 1; run <= runs; run++) {
                for (BenchClips.Clip clip : clips) {
                    String load = loadAverage();
                    var seen = watch.watch(clip, "bench-" + System.currentTimeMillis() + "-" + clip.name());
                    var bare = BareLadder.run(clip.file(), home.resolve("bare"));
                    Row row = new Row(run, clip, load, seen, bare);
                    rows.add(row);
                    System.out.println("   " + summary(row));
                }
            }
        }
        System.out.println("== load after: " + loadAverage());
        print(rows);
        System.exit(0); // WireMock (the FCM stand-in) leaves non-daemon threads behind
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Targets: first playable <= %.2fx the bare ladder (H.264), <= %.2fx (HEVC); COMPLETE <= %.2fx.%n",
                FIRST_PLAYABLE_TARGET.get("h264"), FIRST_PLAYABLE_TARGET.get("hevc"), COMPLETE_TARGET);
        System.out.println("| run | clip | first playable s | x bare | COMPLETE s | x bare | bare ladder s | worker CPU s (JVM + ffmpeg) "
                + "| bare ladder CPU s | API CPU s | load before |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            var seen = row.seen();
            double bare = row.bare().wallSeconds();
            System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2fx %s | %.1f | %.2fx %s | %.1f | %.1f (%.1f + %.1f) | %.1f | %.1f | %s |%n",
                    row.run(), row.clip().name(), seen.firstPlayableSec(), seen.firstPlayableSec() / bare,
                    verdict(seen.firstPlayableSec() / bare, FIRST_PLAYABLE_TARGET.get(row.clip().name())), seen.completeSec(),
                    seen.completeSec() / bare, verdict(seen.completeSec() / bare, COMPLETE_TARGET), bare, seen.workerCpu().total(),
                    seen.workerCpu().ownSeconds(), seen.workerCpu().childrenSeconds(), row.bare().cpuSeconds(), seen.apiCpu().total(),
                    row.loadBefore());
        }
        System.out.println();
        for (Row row : rows) {
            var seen = row.seen();
            StageLine stages = seen.stages();
            long relayAndQueue = Duration.between(seen.completedUploadAt(), stages.startedAt()).toMillis();
            long untilSeen = Math.round(seen.firstPlayableSec() * 1000) - relayAndQueue - stages.untilFirstPlayableMs();
            System.out.printf(Locale.ROOT, "run %d %s (video %s): first rendition %s, seen while %s, its segment decoded in %.2f s%n",
                    row.run(), row.clip().name(), seen.videoId(), seen.firstStreamInf(), seen.statusAtFirst(), seen.decodeCheckSec());
            System.out.printf(Locale.ROOT, "  relay + queue %d ms | worker: %s | first playable reported -> client had its first segment %d ms%n",
                    relayAndQueue, stages, untilSeen);
        }
        System.out.println();
        System.out.println("relay + queue: from the complete-upload answer to the worker taking the job (its STARTED confirmed), the"
                + " worker's stage line's timestamp less the sum of its stages.");
        System.out.println("Bare ladder: " + BareLadder.command(Path.of("SOURCE.mp4")).stream()
                .map(word -> word.matches("[\\w/.:%+=,-]+") ? word : "'" + word + "'").collect(Collectors.joining(" ")));
    }

    private static String summary(Row row) {
        return String.format(Locale.ROOT, "run %d %s: first playable %.2f s (%s), COMPLETE %.1f s, bare ladder %.1f s", row.run(),
                row.clip().name(), row.seen().firstPlayableSec(), row.seen().statusAtFirst(), row.seen().completeSec(), row.bare().wallSeconds());
    }

    private static String verdict(double ratio, double target) {
        return ratio <= target ? "PASS" : String.format(Locale.ROOT, "MISS (target %.2fx)", target);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private static String ffmpegVersion() throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
        String first = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("ffmpeg ?");
        ffmpeg.waitFor();
        return first.replaceAll(" Copyright.*", "");
    }
}
