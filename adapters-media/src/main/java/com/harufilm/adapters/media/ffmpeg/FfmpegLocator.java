package com.harufilm.adapters.media.ffmpeg;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.Loader;
import org.jspecify.annotations.Nullable;

/**
 * Finds ffmpeg and ffprobe: a configured path first, then PATH, then the GPL build that
 * org.bytedeco:ffmpeg-platform-gpl ships for this platform. Refuses an ffmpeg without libx264
 * (LGPL builds lack it), at start-up rather than at the first upload.
 */
final class FfmpegLocator {

    private static final Pattern LIBX264 = Pattern.compile("^\\s*V\\S*\\s+libx264\\s");

    private final String pathVariable;
    private final ProcessRunner runner;

    /** {@code pathVariable} is PATH's value: passed in so tests can decide what is on it. */
    FfmpegLocator(String pathVariable, ProcessRunner runner) {
        this.pathVariable = pathVariable;
        this.runner = runner;
    }

    FfmpegBinaries locate(@Nullable Path ffmpeg, @Nullable Path ffprobe) {
        var found = new FfmpegBinaries(
                find("ffmpeg", ffmpeg, org.bytedeco.ffmpeg.ffmpeg.class),
                find("ffprobe", ffprobe, org.bytedeco.ffmpeg.ffprobe.class));
        requireLibx264(found.ffmpeg());
        return found;
    }

    private Path find(String name, @Nullable Path configured, Class<?> bundled) {
        if (configured != null) {
            if (!Files.isRegularFile(configured) || !Files.isExecutable(configured)) {
                throw new IllegalStateException(name + " is configured at " + configured + ", which is not an executable file");
            }
            return configured;
        }
        return onPath(name).orElseGet(() -> bundled(name, bundled));
    }

    private Optional<Path> onPath(String name) {
        for (String dir : pathVariable.split(Pattern.quote(File.pathSeparator))) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Extracts the bundled executable (once, into ~/.javacpp/cache) and returns its path. */
    private static Path bundled(String name, Class<?> executable) {
        try {
            String path = Loader.load(executable);
            if (path != null) {
                return Path.of(path);
            }
        } catch (RuntimeException | LinkageError e) {
            throw notFound(name, e);
        }
        throw notFound(name, null);
    }

    private static IllegalStateException notFound(String name, @Nullable Throwable cause) {
        return new IllegalStateException("no " + name + " found: configure its path, put it on PATH, or run on a platform"
                + " org.bytedeco:ffmpeg-platform-gpl ships (" + Loader.getPlatform() + " is not bundled)", cause);
    }

    private void requireLibx264(Path ffmpeg) {
        List<String> encoders = new ArrayList<>();
        var run = runner.run(List.of(ffmpeg.toString(), "-hide_banner", "-encoders"),
                Path.of(".").toAbsolutePath(), Duration.ofSeconds(30), encoders::add);
        if (run.exitCode() != 0 || encoders.stream().noneMatch(line -> LIBX264.matcher(line).find())) {
            throw new IllegalStateException("ffmpeg at " + ffmpeg + " has no libx264 encoder (exit " + run.exitCode()
                    + "); use a GPL build such as Debian's ffmpeg package or org.bytedeco:ffmpeg-platform-gpl");
        }
    }
}
