package com.harufilm.adapters.media.ffmpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A shell script standing in for ffmpeg, for the failures a real one gives only rarely. */
final class FakeExecutable {

    private FakeExecutable() {
    }

    static Path write(Path dir, String name, String body) throws IOException {
        Files.createDirectories(dir);
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
