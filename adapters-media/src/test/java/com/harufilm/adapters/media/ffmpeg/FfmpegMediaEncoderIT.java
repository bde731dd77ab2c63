package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.MediaEncoder.EncodedLadder;
import com.harufilm.application.port.out.MediaEncoder.EncodedRendition;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.DynamicRange;
import com.harufilm.domain.video.MediaInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoder against the real ffmpeg/ffprobe found on this machine, on clips ffmpeg makes at test start. */
class FfmpegMediaEncoderIT {

    @TempDir
    Path dir;

    private FfmpegBinaries binaries;
    private MediaEncoder encoder;
    private TestClips clips;

    @BeforeEach
    void findFfmpeg() {
        binaries = new FfmpegLocator(System.getenv().getOrDefault("PATH", ""), new ProcessRunner()).locate(null, null);
        encoder = new FfmpegMediaEncoder(binaries, MediaSettings.defaults(), new ProcessRunner());
        clips = new TestClips(binaries, dir);
    }

    @Test
    void aLandscape1080pClipBecomesThreeRenditionsWithAlignedSegments() throws Exception {
        Path source = clips.make("landscape.mp4", 1920, 1080, 5, true);
        MediaInfo info = encoder.probe(source);
        assertEquals(new MediaInfo(info.durationSec(), 1920, 1080, 0, true, info.format()), info);
        assertEquals(List.of("h264", "yuv420p", "aac"), List.of(info.format().videoCodec(), info.format().pixelFormat(),
                info.format().audioCodec()));
        assertEquals(5.0, info.durationSec(), 0.1);

        List<Double> progress = new CopyOnWriteArrayList<>();
        EncodedLadder ladder = encoder.encode(source, info, dir.resolve("out"), progress::add);

        assertEquals(List.of("640x360", "1280x720", "1920x1080"), sizes(ladder));
        assertEquals(List.of("360p/index.m3u8", "720p/index.m3u8", "1080p/index.m3u8"),
                ladder.renditions().stream().map(EncodedRendition::playlistPath).toList());
        var hls = new HlsFolder(dir.resolve("out"), binaries);
        List<String> variants = hls.videoVariants();
        assertEquals(3, variants.size(), hls.master());
        for (String variant : variants) {
            assertTrue(variant.matches(".*BANDWIDTH=\\d+.*") && variant.contains("CODECS=\"avc1.") && variant.contains("AUDIO="), variant);
        }
        assertTrue(hls.master().contains("#EXT-X-MEDIA:TYPE=AUDIO"), "audio encoded once, shared as a group");
        assertEquals(2, hls.segmentDurations("360p/index.m3u8").size(), "5 s in 4 s segments");
        for (EncodedRendition rendition : ladder.renditions()) {
            assertEquals(hls.segmentDurations("360p/index.m3u8"), hls.segmentDurations(rendition.playlistPath()),
                    "keyframes aligned: every rung cut at the same instants");
            assertTrue(hls.master().contains("BANDWIDTH=" + rendition.bandwidth() + ","), "bandwidth as the master states it");
            assertTrue(hls.peakBitRate(rendition.playlistPath()) <= rendition.bandwidth(), "no segment above BANDWIDTH");
            var decoded = hls.decode(hls.firstSegment(rendition.playlistPath()));
            assertEquals(new HlsFolder.Decoded(rendition.width(), rendition.height(), 120), decoded, "4 s at 30 fps decode");
        }
        assertEquals(1.0, progress.getLast());
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 1), progress.toString());
        Path thumbnail = dir.resolve("out").resolve(ladder.thumbnailPath());
        byte[] jpeg = Files.readAllBytes(thumbnail);
        assertTrue(jpeg.length > 100 && (jpeg[0] & 0xff) == 0xFF && (jpeg[1] & 0xff) == 0xD8, "a JPEG");
        assertEquals(new HlsFolder.Decoded(480, 270, 1), hls.decode(thumbnail));
    }

    @Test
    void aStandardPhoneStreamIsServedAsItIsInOneRenditionCutAtItsKeyframes() throws Exception {
        Path source = clips.make("phone.mp4", 1920, 1080, 5, true);
        MediaInfo info = encoder.probe(source);
        assertTrue(info.playsAsIs(), info.toString());

        EncodedLadder asIs = encoder.firstPlayable(source, info, dir.resolve("as-is")).orElseThrow();

        assertEquals(List.of("source/index.m3u8"), asIs.renditions().stream().map(EncodedRendition::playlistPath).toList());
        var hls = new HlsFolder(dir.resolve("as-is"), binaries);
        List<String> variants = hls.videoVariants();
        assertEquals(1, variants.size(), hls.master());
        assertTrue(variants.getFirst().contains("RESOLUTION=1920x1080,CODECS=\"" + SourceMaster.codecs(info) + "\"")
                && variants.getFirst().contains("BANDWIDTH=" + asIs.renditions().getFirst().bandwidth() + ","), variants.getFirst());
        assertTrue(SourceMaster.codecs(info).matches("avc1\\.[0-9A-F]{6},mp4a\\.40\\.2"), SourceMaster.codecs(info));
        assertTrue(Files.readString(dir.resolve("as-is/source/index.m3u8")).contains("#EXT-X-ENDLIST"), "a complete VOD playlist");
        assertEquals(1920, hls.decode(hls.firstSegment("source/index.m3u8")).width(), "the source's picture, decodable");
        assertTrue(Files.isRegularFile(dir.resolve("as-is").resolve(asIs.thumbnailPath())));
        assertFalse(Files.exists(dir.resolve("as-is").resolve(FfmpegCommands.MEASURED_MASTER)), "only what is published is left");
    }

    @Test
    void aSourceThatCannotBeServedAsItIsGetsItsSmallestRungFirstUpright() throws Exception {
        Path source = clips.rotated(clips.make("sideways.mp4", 1280, 720, 2, true), "portrait.mp4", 90);
        MediaInfo info = encoder.probe(source);
        assertFalse(info.playsAsIs(), "MPEG-TS segments carry no rotation");

        EncodedLadder quick = encoder.firstPlayable(source, info, dir.resolve("quick")).orElseThrow();

        assertEquals(List.of("360x640"), sizes(quick));
        var hls = new HlsFolder(dir.resolve("quick"), binaries);
        assertEquals(1, hls.videoVariants().size(), hls.master());
        String playlist = quick.renditions().getFirst().playlistPath();
        assertTrue(playlist.startsWith("quick/"), "a folder of its own, never the ladder's 360p: " + playlist);
        assertEquals(new HlsFolder.Decoded(360, 640, 60), hls.decode(hls.firstSegment(playlist)));
        assertTrue(Files.isRegularFile(dir.resolve("quick").resolve(quick.thumbnailPath())));
    }

    @Test
    void aSourceWhoseLadderIsOneRungGetsNothingSooner() throws Exception {
        Path source = clips.rotated(clips.make("small.mp4", 640, 360, 1, true), "small-portrait.mp4", 90);

        assertEquals(java.util.Optional.empty(), encoder.firstPlayable(source, encoder.probe(source), dir.resolve("quick")));
    }

    @Test
    void aPortraitPhoneClipComesOutUprightAtItsDisplayedSize() throws Exception {
        Path stored = clips.make("sideways.mp4", 1920, 1080, 3, true);
        // Phones store the sensor's landscape picture and a display rotation; ffmpeg 5.1 writes it on a copy.
        Path source = clips.rotated(stored, "portrait.mp4", 90);
        MediaInfo info = encoder.probe(source);
        assertEquals(List.of(1080, 1920, 270), List.of(info.width(), info.height(), info.rotation()));

        EncodedLadder ladder = encoder.encode(source, info, dir.resolve("out"), p -> { });

        assertEquals(List.of("360x640", "720x1280", "1080x1920"), sizes(ladder));
        var hls = new HlsFolder(dir.resolve("out"), binaries);
        Path segment = hls.firstSegment("1080p/index.m3u8");
        Path thumbnail = dir.resolve("out/thumbnail.jpg");
        assertEquals(new HlsFolder.Decoded(1080, 1920, 90), hls.decode(segment));
        assertEquals(new HlsFolder.Decoded(270, 480, 1), hls.decode(thumbnail));
        // Turned, not squeezed: the stored top-left corner shows bottom-left after the 90° counter-clockwise display rotation.
        assertEquals("top-left", hls.whiteCorner(stored));
        assertEquals("bottom-left", hls.whiteCorner(segment));
        assertEquals("bottom-left", hls.whiteCorner(thumbnail));
    }

    @Test
    void a720pSourceGets360pAnd720pOnlyNeverAnUpscale() throws Exception {
        EncodedLadder ladder = encode(clips.make("hd.mp4", 1280, 720, 2, true));

        assertEquals(List.of("640x360", "1280x720"), sizes(ladder));
        assertEquals(2, new HlsFolder(dir.resolve("out"), binaries).videoVariants().size());
    }

    @Test
    void aClipWithoutSoundGetsVideoOnlyVariants() throws Exception {
        Path source = clips.make("silent.mp4", 640, 360, 2, false);
        MediaInfo info = encoder.probe(source);
        assertFalse(info.hasAudio());

        EncodedLadder ladder = encoder.encode(source, info, dir.resolve("out"), p -> { });

        assertEquals(List.of("640x360"), sizes(ladder));
        String master = new HlsFolder(dir.resolve("out"), binaries).master();
        assertFalse(master.contains("AUDIO") || master.contains("mp4a"), master);
        assertFalse(Files.exists(dir.resolve("out/audio")));
    }

    @Test
    void aClipSmallerThan360pKeepsItsOwnSizeInOneRendition() throws Exception {
        EncodedLadder ladder = encode(clips.make("tiny.mp4", 320, 180, 2, true));

        assertEquals(List.of("320x180"), sizes(ladder));
        assertEquals("180p/index.m3u8", ladder.renditions().getFirst().playlistPath());
    }

    @Test
    void anUploadCutInHalfIsRefusedWithAMessageForTheUser() throws Exception {
        // ffmpeg writes the index (moov) last, so the first half has none: probing fails.
        Path source = clips.cutInHalf(clips.make("whole.mp4", 320, 180, 4, true), "half.mp4");

        var refused = assertThrows(InvalidVideoFormat.class, () -> encoder.probe(source));
        assertEquals("This file is not a video we can play.", refused.getMessage());
    }

    @Test
    void aFastStartUploadCutInHalfProbesButFailsTheEncode() throws Exception {
        // iPhones write the index first: the cut file looks whole to ffprobe and runs dry while encoding.
        Path source = clips.cutInHalf(clips.make("whole.mp4", 320, 180, 4, true, "-movflags", "+faststart"), "half.mp4");
        MediaInfo info = encoder.probe(source);

        var refused = assertThrows(InvalidVideoFormat.class, () -> encoder.encode(source, info, dir.resolve("out"), p -> { }));
        assertEquals(FfmpegFailures.DAMAGED, refused.getMessage());
    }

    @Test
    void randomBytesAreNotAVideo() throws Exception {
        Path source = clips.randomBytes("noise.mp4", 200_000);

        assertThrows(InvalidVideoFormat.class, () -> encoder.probe(source));
    }

    @Test
    void aClipLongerThanTheConfiguredMaximumIsRefused() {
        Path source = clips.make("long.mp4", 160, 90, 4, false);
        var twoSeconds = new MediaSettings(null, null, Duration.ofSeconds(2), Duration.ofMinutes(1), "ultrafast",
                MediaSettings.DEFAULT_MAX_PIXELS, MediaSettings.DEFAULT_MAX_FRAME_RATE);
        var strict = new FfmpegMediaEncoder(binaries, twoSeconds, new ProcessRunner());

        var refused = assertThrows(InvalidVideoFormat.class, () -> strict.probe(source));
        assertEquals("Videos can be at most 2 seconds.", refused.getMessage());
    }

    /** HLG as iPhones record it, PQ as many Androids do; {@link TestClips#hdr} puts the test card's white at 100 nits. */
    @ParameterizedTest
    @CsvSource({"HLG, arib-std-b67", "PQ, smpte2084"})
    void anHdrClipComesOutAsBt709SdrWithItsWhiteAndColoursIntact(DynamicRange range, String transfer) throws IOException {
        Path source = clips.hdr("hdr.mp4", 640, 360, 2, transfer);
        MediaInfo info = encoder.probe(source);
        assertEquals(range, info.format().dynamicRange());
        assertFalse(info.playsAsIs(), "HDR is never served as it is");

        EncodedLadder ladder = encoder.encode(source, info, dir.resolve("out"), progress -> { });

        // Sampled as a viewer sees them: the white square (top-left, iw/8 wide) and the red bar below
        // it. The test card has them at 255 and 253,0,0; tone-mapped they measured 214 and 221,17,14.
        // The washed-out result, the HDR values coded to 8 bits untouched, measured white 161 (HLG)
        // and 130 (PQ), grey; and red 153,67,36 and 124,77,49, BT.2020's red read as BT.709 is
        // salmon. The limits sit between.
        var hls = new HlsFolder(dir.resolve("out"), binaries);
        for (EncodedRendition rendition : ladder.renditions()) {
            Path segment = hls.firstSegment(rendition.playlistPath());
            assertEquals(Map.of("codec_name", "h264", "pix_fmt", "yuv420p", "color_primaries", "bt709",
                    "color_transfer", "bt709", "color_space", "bt709"), hls.pictureFormat(segment));
            int[] red = hls.rgbAround(segment, rendition.width() / 12, rendition.height() * 11 / 20);
            assertTrue(red[0] >= 190 && Math.max(red[1], red[2]) <= red[0] / 4, "saturated red: " + Arrays.toString(red));
            assertWhite(hls, segment, rendition.width());
        }
        // Taken 1 s in, where testsrc2's bars have moved on: only the white square stays put.
        assertWhite(hls, dir.resolve("out").resolve(ladder.thumbnailPath()), 480);
    }

    private EncodedLadder encode(Path source) {
        return encoder.encode(source, encoder.probe(source), dir.resolve("out"), p -> { });
    }

    private static List<String> sizes(EncodedLadder ladder) {
        return ladder.renditions().stream().map(r -> r.width() + "x" + r.height()).toList();
    }

    private static void assertWhite(HlsFolder hls, Path picture, int width) throws IOException {
        int[] white = hls.rgbAround(picture, width / 16, width / 16);
        assertTrue(Arrays.stream(white).allMatch(c -> c >= 190), picture.getFileName() + ": white, not grey: " + Arrays.toString(white));
    }
}
