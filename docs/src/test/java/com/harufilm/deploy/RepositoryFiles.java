package com.harufilm.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's files as the deployment tests read them: from the root, whatever module runs them. */
final class RepositoryFiles {

    static final Path ROOT = root();

    private RepositoryFiles() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every manifest under deploy/kubernetes, by path from the root. */
    static List<String> kubernetesManifests() {
        try (Stream<Path> files = Files.list(path("deploy/kubernetes"))) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> ROOT.relativize(file).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
            if (dir == null) {
                throw new IllegalStateException("no repository root (with mvnw) above " + Path.of("").toAbsolutePath());
            }
        }
        return dir;
    }
}
