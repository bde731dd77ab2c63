package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.StreamFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the encoder refuses to open or to spend time on, against the real ffmpeg/ffprobe of this machine. */
class FfmpegInputLimitsIT {

    @TempDir
    Path dir;

    private TestClips clips;
    private FfmpegMediaEncoder encoder;

    @BeforeEach
    void makeClipsWithTheLocalFfmpeg() {
        clips = TestClips.byLocalFfmpeg(dir);
        encoder = encoderWith(MediaSettings.defaults());
    }

    @Test
    void anHlsPlaylistPointingAtAnotherLocalFileIsNotAVideo() throws Exception {
        Path other = clips.make("someone-elses.mp4", 320, 180, 2, true);
        Path playlist = Files.writeString(dir.resolve("source"), """
                #EXTM3U
                #EXT-X-TARGETDURATION:2
                #EXTINF:2.0,
                %s
                #EXT-X-ENDLIST
                """.formatted(other));

        assertNotAVideo(playlist);
    }

    @Test
    void aConcatListPointingAtAnotherLocalFileIsNotAVideo() throws Exception {
        clips.make("someone-elses.mp4", 320, 180, 2, true);
        Path list = Files.writeString(dir.resolve("source"), "ffconcat version 1.0\nfile 'someone-elses.mp4'\n");

        assertNotAVideo(list);
    }

    @Test
    void matroskaAndWebmAsPhonesAndBrowsersRecordThemAreTaken() {
        Path mp4 = clips.make("clip.mp4", 320, 180, 2, true);
        Path mkv = clips.make("clip.mkv", 320, 180, 2, true);

        assertEquals(320, encoder.probe(mp4).width());
        assertEquals(320, encoder.probe(mkv).width());
    }

    @Test
    void aFrameRateAboveTheLimitIsRefusedAtProbe() {
        Path fast = clips.make("fast.mp4", 160, 90, 1, false, "-r", "300");

        var refused = assertThrows(InvalidVideoFormat.class, () -> encoder.probe(fast));
        assertEquals("This video's frame rate is too high: we take at most 240 frames a second.", refused.getMessage());
    }

    @Test
    void framesAboveTheConfiguredPixelCountAreRefusedAtProbe() {
        Path clip = clips.make("clip.mp4", 320, 180, 1, false);
        var small = encoderWith(limits(Duration.ofMinutes(3), 320 * 180 - 1));

        var refused = assertThrows(InvalidVideoFormat.class, () -> small.probe(clip));
        assertTrue(refused.getMessage().startsWith("This video's picture is too large"), refused.getMessage());
        assertEquals(320, encoder.probe(clip).width(), "at the default limit it is taken");
    }

    @Test
    void theEncodeStopsAtTheMaximumDurationWhateverTheProbeWasTold() throws Exception {
        // As if the container claimed 1.5 s for a 6 s stream: the encode reads no more than 2 s and the slack.
        Path source = clips.make("long.mp4", 160, 90, 6, true);
        var twoSeconds = encoderWith(limits(Duration.ofSeconds(2), MediaSettings.DEFAULT_MAX_PIXELS));

        twoSeconds.encode(source, new MediaInfo(1.5, 160, 90, 0, true, StreamFormat.UNKNOWN), dir.resolve("out"), p -> { });

        List<String> segments = new HlsFolder(dir.resolve("out"), clips.binaries()).segmentDurations("90p/index.m3u8");
        double encoded = segments.stream().mapToDouble(line -> Double.parseDouble(line.substring("#EXTINF:".length(),
                line.indexOf(',')))).sum();
        assertEquals(2.5, encoded, 0.2, segments.toString());
    }

    private void assertNotAVideo(Path source) {
        var refused = assertThrows(InvalidVideoFormat.class, () -> encoder.probe(source));
        assertEquals(FfmpegFailures.NOT_A_VIDEO, refused.getMessage());
        // Told a made-up probe, ffmpeg refuses the file too, and writes nothing.
        var encode = assertThrows(InvalidVideoFormat.class,
                () -> encoder.encode(source, new MediaInfo(2, 320, 180, 0, true, StreamFormat.UNKNOWN), dir.resolve("out"), p -> { }));
        assertEquals(FfmpegFailures.NOT_A_VIDEO, encode.getMessage());
        assertFalse(Files.exists(dir.resolve("out/180p/seg_000.ts")));
    }

    private FfmpegMediaEncoder encoderWith(MediaSettings settings) {
        return new FfmpegMediaEncoder(clips.binaries(), settings, new ProcessRunner());
    }

    private static MediaSettings limits(Duration maxDuration, long maxPixels) {
        return new MediaSettings(null, null, maxDuration, Duration.ofMinutes(1), "ultrafast", maxPixels,
                MediaSettings.DEFAULT_MAX_FRAME_RATE);
    }
}
