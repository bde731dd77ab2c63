package com.harufilm.application.port.out;

import com.harufilm.domain.video.MediaInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/** Probes a video file and encodes it into an HLS ladder with a thumbnail (FFmpeg in production). */
public interface MediaEncoder {

    /** One rendition written by {@link #encode}: its size, peak bit rate and playlist, relative to the output folder. */
    record EncodedRendition(int width, int height, int bandwidth, String playlistPath) {
    }

    /** Everything {@link #encode} wrote, as paths relative to the output folder. */
    record EncodedLadder(List<EncodedRendition> renditions, String masterPlaylistPath, String thumbnailPath) {
    }

    /** Reads what the file holds; throws InvalidVideoFormat when it is not a decodable video with a picture. */
    MediaInfo probe(Path source);

    /**
     * Writes H.264/AAC HLS renditions (never above the source's size), a master playlist and a JPEG
     * thumbnail into {@code outputDir}, reporting progress 0.0-1.0 as it goes. Throws
     * InvalidVideoFormat when the source cannot be decoded after all.
     */
    EncodedLadder encode(Path source, MediaInfo info, Path outputDir, DoubleConsumer progress);

    /**
     * Writes the quickest playable rendition, with a master playlist and a thumbnail, into
     * {@code outputDir}: a source that {@link MediaInfo#playsAsIs()} as it is, not coded again
     * (segments cut at its keyframes, in about the time it takes to read the file); any other its
     * smallest rung, encoded fast. Empty when nothing would come sooner than the ladder itself.
     */
    Optional<EncodedLadder> firstPlayable(Path source, MediaInfo info, Path outputDir);
}
