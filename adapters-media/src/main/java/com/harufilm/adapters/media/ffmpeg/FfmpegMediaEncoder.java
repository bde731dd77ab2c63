package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.MediaInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The media encoder on ffprobe and ffmpeg, run as child processes. */
final class FfmpegMediaEncoder implements MediaEncoder {

    private static final Logger log = LoggerFactory.getLogger(FfmpegMediaEncoder.class);

    /** Probing and the thumbnail read headers and one frame; a minute means something is stuck. */
    private static final Duration QUICK_STEP_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
    private static final String QUICK_RUNG = "quick";
    private static final String QUICK_PRESET = "ultrafast";

    private final FfmpegBinaries binaries;
    private final MediaSettings settings;
    private final ProcessRunner runner;

    FfmpegMediaEncoder(FfmpegBinaries binaries, MediaSettings settings, ProcessRunner runner) {
        this.binaries = binaries;
        this.settings = settings;
        this.runner = runner;
    }

    @Override
    public MediaInfo probe(Path source) {
        StringBuilder json = new StringBuilder();
        var run = runner.run(FfmpegCommands.probeCommand(binaries.ffprobe(), source), folderOf(source),
                QUICK_STEP_TIMEOUT, line -> json.append(line).append('\n'));
        FfmpegFailures.check("ffprobe", run);
        return ProbeReport.read(json.toString(), settings, () -> measuredDuration(source));
    }

    /** A pass over the video's packets, no decoding: for a source whose header states no duration. */
    private double measuredDuration(Path source) {
        var end = new StreamEnd();
        var run = runner.run(FfmpegCommands.packetTimesCommand(binaries.ffprobe(), source), folderOf(source), QUICK_STEP_TIMEOUT, end);
        FfmpegFailures.check("ffprobe packets", run);
        return end.seconds();
    }

    @Override
    public EncodedLadder encode(Path source, MediaInfo info, Path outputDir, DoubleConsumer progress) {
        return writeLadder(source, info, LadderPlan.forPicture(info.width(), info.height()), settings, outputDir, progress);
    }

    /**
     * The source as it is when it plays as is; else its smallest rung alone, at x264's fastest
     * preset, in a folder of its own (the ladder's own rung replaces it, and viewers of this one
     * keep their segments). Nothing when the ladder is a single rung: it comes as soon.
     */
    @Override
    public Optional<EncodedLadder> firstPlayable(Path source, MediaInfo info, Path outputDir) {
        if (info.playsAsIs()) {
            return Optional.of(remux(source, info, outputDir));
        }
        List<Rung> rungs = LadderPlan.forPicture(info.width(), info.height()).rungs();
        if (rungs.size() < 2) {
            return Optional.empty();
        }
        Rung smallest = rungs.getFirst();
        var quick = new LadderPlan(List.of(new Rung(QUICK_RUNG, smallest.width(), smallest.height(), smallest.videoKbps())));
        return Optional.of(writeLadder(source, info, quick, settings.withPreset(QUICK_PRESET), outputDir, fraction -> { }));
    }

    private EncodedLadder writeLadder(Path source, MediaInfo info, LadderPlan plan, MediaSettings settings, Path outputDir,
                                      DoubleConsumer progress) {
        createFolder(outputDir);
        List<String> command = FfmpegCommands.ladderCommand(binaries.ffmpeg(), source, info, plan, settings);
        log.debug("ffmpeg ladder command: {}", String.join(" ", command));
        var tracker = new ProgressTracker(info.durationSec(), progress, System::nanoTime, PROGRESS_INTERVAL);
        long started = System.nanoTime();
        var run = runner.run(command, outputDir, settings.encodeTimeoutFor(info.durationSec()), tracker::accept);
        FfmpegFailures.check("ffmpeg ladder", run);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("encoded {} s of {}x{} into {} renditions in {} s ({}x realtime)", info.durationSec(), info.width(),
                info.height(), plan.rungs().size(), String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.2f", info.durationSec() / seconds));
        writeThumbnail(source, info, outputDir);
        EncodedLadder ladder = describe(plan, outputDir);
        tracker.finished();
        return ladder;
    }

    private EncodedLadder remux(Path source, MediaInfo info, Path outputDir) {
        createFolder(outputDir);
        long started = System.nanoTime();
        var run = runner.run(FfmpegCommands.remuxCommand(binaries.ffmpeg(), source, info, settings), outputDir,
                settings.encodeTimeoutFor(info.durationSec()), line -> { });
        FfmpegFailures.check("ffmpeg remux", run);
        String playlist = FfmpegCommands.SOURCE_RENDITION + "/" + FfmpegCommands.PLAYLIST;
        Path measured = outputDir.resolve(FfmpegCommands.MEASURED_MASTER);
        int bandwidth = MasterPlaylist.parse(readLines(measured)).bandwidthOf(playlist);
        delete(measured);
        writeText(outputDir.resolve(FfmpegCommands.MASTER), SourceMaster.write(info, bandwidth, playlist));
        writeThumbnail(source, info, outputDir);
        log.info("published {} s of {}x{} as it is in {} ms", info.durationSec(), info.width(), info.height(),
                (System.nanoTime() - started) / 1_000_000);
        return new EncodedLadder(List.of(new EncodedRendition(info.width(), info.height(), bandwidth, playlist)),
                FfmpegCommands.MASTER, FfmpegCommands.THUMBNAIL);
    }

    private void writeThumbnail(Path source, MediaInfo info, Path outputDir) {
        var run = runner.run(FfmpegCommands.thumbnailCommand(binaries.ffmpeg(), source, info), outputDir,
                QUICK_STEP_TIMEOUT, line -> { });
        FfmpegFailures.check("ffmpeg thumbnail", run);
        if (!Files.isRegularFile(outputDir.resolve(FfmpegCommands.THUMBNAIL))) {
            // -ss past the last decodable frame writes nothing and still exits 0.
            throw new InvalidVideoFormat(FfmpegFailures.DAMAGED);
        }
    }

    /** What was written, with the bandwidth the master playlist states for each rung. */
    private static EncodedLadder describe(LadderPlan plan, Path outputDir) {
        MasterPlaylist master = MasterPlaylist.parse(readLines(outputDir.resolve(FfmpegCommands.MASTER)));
        List<EncodedRendition> renditions = new ArrayList<>();
        for (Rung rung : plan.rungs()) {
            String playlist = rung.name() + "/" + FfmpegCommands.PLAYLIST;
            var variant = master.videoVariant(playlist, rung);
            renditions.add(new EncodedRendition(rung.width(), rung.height(), variant.bandwidth(), playlist));
        }
        return new EncodedLadder(renditions, FfmpegCommands.MASTER, FfmpegCommands.THUMBNAIL);
    }

    /** ffmpeg runs inside it and creates the rendition folders itself. */
    private static void createFolder(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "cannot create " + outputDir + ": " + e, e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "ffmpeg did not write " + file + ": " + e, e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "cannot write " + file + ": " + e, e);
        }
    }

    /** Everything left in the output folder is published: ffmpeg's own master is not. */
    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "cannot delete " + file + ": " + e, e);
        }
    }

    private static Path folderOf(Path source) {
        Path parent = source.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".").toAbsolutePath();
    }
}
