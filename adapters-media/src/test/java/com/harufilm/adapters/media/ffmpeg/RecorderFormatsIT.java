package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.MediaEncoder.EncodedLadder;
import com.harufilm.domain.video.MediaInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What browsers' MediaRecorder uploads, made by ffmpeg as the browsers write it: Chromium's WebM
 * (VP8 or VP9 with Opus, no duration, no cues) and Safari's fragmented MP4 (H.264 with AAC).
 */
class RecorderFormatsIT {

    private static final double SECONDS = 2;

    @TempDir
    Path dir;

    private MediaEncoder encoder;
    private TestClips clips;
    private HlsFolder hls;

    @BeforeEach
    void findFfmpeg() {
        clips = TestClips.byLocalFfmpeg(dir);
        encoder = new FfmpegMediaEncoder(clips.binaries(), MediaSettings.defaults(), new ProcessRunner());
        hls = new HlsFolder(dir.resolve("out"), clips.binaries());
    }

    @Test
    void chromiumsVp8WebmWithoutADurationIsMeasuredAndEncoded() throws Exception {
        assertEncodes(clips.recordedWebm("vp8.webm", "libvpx", SECONDS), "vp8");
    }

    @Test
    void chromiumsVp9WebmWithoutADurationIsMeasuredAndEncoded() throws Exception {
        assertEncodes(clips.recordedWebm("vp9.webm", "libvpx-vp9", SECONDS), "vp9");
    }

    @Test
    void safarisFragmentedMp4IsEncoded() throws Exception {
        assertEncodes(clips.recordedFragmentedMp4("safari.mp4", SECONDS), "h264");
    }

    private void assertEncodes(Path recording, String codec) throws IOException {
        MediaInfo info = encoder.probe(recording);
        assertEquals(List.of(codec, 320, 240, true), List.of(info.format().videoCodec(), info.width(), info.height(), info.hasAudio()));
        assertEquals(SECONDS, info.durationSec(), 0.1, "the recording's length, though its header has none");

        EncodedLadder ladder = encoder.firstPlayable(recording, info, dir.resolve("out"))
                .orElseGet(() -> encoder.encode(recording, info, dir.resolve("out"), fraction -> { }));

        String playlist = ladder.renditions().getFirst().playlistPath();
        double played = hls.segmentDurations(playlist).stream()
                .mapToDouble(line -> Double.parseDouble(line.substring("#EXTINF:".length()).replace(",", ""))).sum();
        assertEquals(SECONDS, played, 0.15, "the HLS rendition plays as long as the recording");
        assertEquals(new HlsFolder.Decoded(320, 240, 60), hls.decode(hls.firstSegment(playlist)), "2 s at 30 fps decode");
        Path thumbnail = dir.resolve("out").resolve(ladder.thumbnailPath());
        assertTrue(Files.isRegularFile(thumbnail), "a thumbnail");
        assertEquals(new HlsFolder.Decoded(320, 240, 1), hls.decode(thumbnail));
    }
}
