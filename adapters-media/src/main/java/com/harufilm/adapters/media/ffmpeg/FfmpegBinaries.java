package com.harufilm.adapters.media.ffmpeg;

import java.nio.file.Path;

/** The two executables the encoder runs; {@link FfmpegLocator} finds them. */
record FfmpegBinaries(Path ffmpeg, Path ffprobe) {
}
