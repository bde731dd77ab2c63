package com.harufilm.application.port.out;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Moves whole objects in and out of the store of video bytes (S3 or compatible): the encoder's
 * source and outputs, playlists read back. Failures surface as DependencyFailure with an S3_* code.
 */
public interface ObjectStore {

    /** Streams the object into {@code target} (replacing it). */
    void download(String key, Path target);

    /** Stores the file's bytes under {@code key}, replacing what was there (so a repeated upload is harmless). */
    void upload(Path file, String key, String contentType);

    /** The whole object as text (playlists: small). */
    String readText(String key);

    /** The size of the object, if it exists. */
    Optional<Long> sizeOf(String key);
}
