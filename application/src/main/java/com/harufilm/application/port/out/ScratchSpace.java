package com.harufilm.application.port.out;

import java.nio.file.Path;
import java.util.List;

/** Local disk for one job's files, removed when the job ends whatever happened (and at the next start after a crash). */
public interface ScratchSpace {

    /** A job's own folder. */
    interface Scratch extends AutoCloseable {

        Path path();

        /** Every file below {@code relativeDir}, as paths relative to {@link #path()}, with '/' separators. */
        List<String> filesUnder(String relativeDir);

        /** Deletes the folder and everything in it. */
        @Override
        void close();
    }

    Scratch open(String jobName);
}
