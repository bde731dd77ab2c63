package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ScratchSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job folders under one root that belongs to this worker alone. Whatever a killed worker left
 * there is removed when the next one starts, so a crash leaves no lasting garbage.
 */
public final class LocalScratchSpace implements ScratchSpace {

    private static final Logger log = LoggerFactory.getLogger(LocalScratchSpace.class);

    private final Path root;

    private LocalScratchSpace(Path root) {
        this.root = root;
    }

    /** Empties {@code root} (a previous run's leftovers) and uses it for job folders. */
    public static LocalScratchSpace clearedAt(Path root) {
        try {
            if (Files.exists(root)) {
                deleteTree(root);
            }
            Files.createDirectories(root);
            return new LocalScratchSpace(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the scratch folder " + root, e);
        }
    }

    @Override
    public Scratch open(String jobName) {
        Path folder = root.resolve(jobName + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return new Scratch() {
            @Override
            public Path path() {
                return folder;
            }

            @Override
            public List<String> filesUnder(String relativeDir) {
                try (Stream<Path> files = Files.walk(folder.resolve(relativeDir))) {
                    return files.filter(Files::isRegularFile)
                            .map(file -> folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"))
                            .sorted()
                            .toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + folder, e);
                }
            }

            @Override
            public void close() {
                try {
                    deleteTree(folder);
                } catch (IOException e) {
                    // The next start clears the root anyway.
                    log.warn("could not remove scratch folder {}", folder, e);
                }
            }
        };
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
