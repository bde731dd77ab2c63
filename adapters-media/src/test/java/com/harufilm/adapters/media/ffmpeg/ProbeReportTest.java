package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.DynamicRange;
import com.harufilm.domain.video.StreamFormat;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class ProbeReportTest {

    private static final MediaSettings THREE_MINUTES = MediaSettings.defaults();
    private static final String AUDIO = "{\"codec_type\":\"audio\"}";
    /** The header states the duration: the packets are not read. */
    private static final DoubleSupplier STATED = () -> {
        throw new AssertionError("the packets were read though the header states the duration");
    };

    @Test
    void anUprightIphoneClipIsPortraitAsDisplayed() {
        String video = video(1920, 1080, "\"side_data_list\":[{\"side_data_type\":\"Display Matrix\",\"rotation\":-90}]");

        assertEquals(new MediaInfo(12.5, 1080, 1920, 90, true, StreamFormat.UNKNOWN), ProbeReport.read(probe("12.5", video, AUDIO), THREE_MINUTES, STATED));
    }

    @Test
    void theLegacyRotateTagCountsToo() {
        String video = video(1920, 1080, "\"tags\":{\"rotate\":\"270\"}");

        assertEquals(new MediaInfo(5, 1080, 1920, 270, false, StreamFormat.UNKNOWN), ProbeReport.read(probe("5", video), THREE_MINUTES, STATED));
    }

    @Test
    void upsideDownKeepsItsSize() {
        String video = video(1280, 720, "\"side_data_list\":[{\"rotation\":180}]");

        assertEquals(new MediaInfo(5, 1280, 720, 180, false, StreamFormat.UNKNOWN), ProbeReport.read(probe("5", video), THREE_MINUTES, STATED));
    }

    @Test
    void soundWithCoverArtIsNotAVideo() {
        String cover = video(600, 600, "\"disposition\":{\"attached_pic\":1}");

        assertRefused(FfmpegFailures.NOT_A_VIDEO, probe("200", AUDIO, cover), THREE_MINUTES);
    }

    @Test
    void aStillImageOrNoiseWhosePacketsMeasureNothingIsNotAVideo() {
        assertRefused(FfmpegFailures.NOT_A_VIDEO, "{\"streams\":[" + video(64, 64, "\"codec_name\":\"png\"") + "],\"format\":{}}", THREE_MINUTES);
        assertRefused(FfmpegFailures.NOT_A_VIDEO, "not json", THREE_MINUTES);
    }

    @Test
    void aRecordingWhoseHeaderStatesNoDurationIsAsLongAsItsPacketsMeasure() {
        String webm = "{\"streams\":[" + video(320, 240, "\"codec_name\":\"vp8\"") + "," + AUDIO + "],\"format\":{}}";

        assertEquals(2.007, ProbeReport.read(webm, THREE_MINUTES, () -> 2.007).durationSec());
        assertEquals("Videos can be at most 3 minutes.",
                assertThrows(InvalidVideoFormat.class, () -> ProbeReport.read(webm, THREE_MINUTES, () -> 200)).getMessage());
    }

    @Test
    void theMaximumIsSaidAsPeopleSayIt() {
        assertRefused("Videos can be at most 3 minutes.", probe("181", video(640, 360, "\"index\":0")), THREE_MINUTES);
        assertRefused("Videos can be at most 1 minute.", probe("61", video(640, 360, "\"index\":0")), limitedTo(Duration.ofMinutes(1)));
        assertEquals(180.4, ProbeReport.read(probe("180.4", video(640, 360, "\"index\":0")), THREE_MINUTES, STATED).durationSec(),
                "a phone's 3:00 clip runs a little over");
    }

    @Test
    void framesAbove8kAreRefusedBeforeAnyDecoding() {
        assertEquals(7680, ProbeReport.read(probe("5", video(7680, 4320, "\"index\":0")), THREE_MINUTES, STATED).width());
        assertEquals(4320, ProbeReport.read(probe("5", video(4320, 7680, "\"index\":0")), THREE_MINUTES, STATED).width(), "portrait 8K");

        assertRefused("This video's picture is too large: we take at most 33,177,600 pixels a frame (8K is 7680x4320).",
                probe("5", video(7681, 4320, "\"index\":0")), THREE_MINUTES);
        assertRefused("This video's picture is too large: we take at most 33,177,600 pixels a frame (8K is 7680x4320).",
                probe("5", video(65535, 1000, "\"index\":0")), THREE_MINUTES);
    }

    @Test
    void frameRatesAbove240AreRefusedSlowMotionAt240Taken() {
        String slowMotion = video(1920, 1080, "\"avg_frame_rate\":\"240/1\",\"r_frame_rate\":\"240/1\"");
        String variable = video(1920, 1080, "\"avg_frame_rate\":\"0/0\",\"r_frame_rate\":\"30000/1001\"");
        String tooFast = video(1920, 1080, "\"avg_frame_rate\":\"1000/1\",\"r_frame_rate\":\"1000/1\"");
        String onlyBaseRate = video(1920, 1080, "\"avg_frame_rate\":\"0/0\",\"r_frame_rate\":\"480/1\"");

        assertEquals(5, ProbeReport.read(probe("5", slowMotion), THREE_MINUTES, STATED).durationSec());
        assertEquals(5, ProbeReport.read(probe("5", variable), THREE_MINUTES, STATED).durationSec());
        assertRefused("This video's frame rate is too high: we take at most 240 frames a second.", probe("5", tooFast), THREE_MINUTES);
        assertRefused("This video's frame rate is too high: we take at most 240 frames a second.", probe("5", onlyBaseRate),
                THREE_MINUTES);
    }

    private static MediaSettings limitedTo(Duration maxDuration) {
        var defaults = MediaSettings.defaults();
        return new MediaSettings(null, null, maxDuration, defaults.maxEncodeTimeout(), defaults.x264Preset(), defaults.maxPixels(),
                defaults.maxFrameRate());
    }

    private static void assertRefused(String message, String json, MediaSettings max) {
        assertEquals(message, assertThrows(InvalidVideoFormat.class, () -> ProbeReport.read(json, max, () -> 0)).getMessage());
    }

    @Test
    void theStreamsCodingIsReadWithTheContainersBitRateWhereTheStreamHasNone() {
        String video = video(1920, 1080, "\"codec_name\":\"h264\",\"profile\":\"High\",\"pix_fmt\":\"yuv420p\",\"level\":40,"
                + "\"bit_rate\":\"12000000\"");
        String aac = "{\"codec_type\":\"audio\",\"codec_name\":\"aac\"}";
        String hevc = video(1920, 1080, "\"codec_name\":\"hevc\",\"profile\":\"Main 10\",\"pix_fmt\":\"yuv420p10le\",\"level\":150");
        String inMatroska = "{\"streams\":[" + hevc + "],\"format\":{\"duration\":\"5\",\"bit_rate\":\"9000000\"}}";

        assertEquals(new StreamFormat("h264", "High", "yuv420p", 40, 12_000_000, "aac", DynamicRange.SDR),
                ProbeReport.read(probe("5", video, aac), THREE_MINUTES, STATED).format());
        assertEquals(new StreamFormat("hevc", "Main 10", "yuv420p10le", 150, 9_000_000, "", DynamicRange.SDR),
                ProbeReport.read(inMatroska, THREE_MINUTES, STATED).format());
    }

    @Test
    void hlgAndPqAreReadFromTheTransferAndAnythingElseIsSdr() {
        String iphone = video(1920, 1080, "\"codec_name\":\"hevc\",\"pix_fmt\":\"yuv420p10le\",\"color_space\":\"bt2020nc\","
                + "\"color_transfer\":\"arib-std-b67\",\"color_primaries\":\"bt2020\"");
        String hdr10 = video(1920, 1080, "\"codec_name\":\"hevc\",\"pix_fmt\":\"yuv420p10le\",\"color_space\":\"bt2020nc\","
                + "\"color_transfer\":\"smpte2084\",\"color_primaries\":\"bt2020\"");
        String tagged709 = video(1920, 1080, "\"color_transfer\":\"bt709\",\"color_primaries\":\"bt709\"");

        assertEquals(DynamicRange.HLG, ProbeReport.read(probe("5", iphone), THREE_MINUTES, STATED).format().dynamicRange());
        assertEquals(DynamicRange.PQ, ProbeReport.read(probe("5", hdr10), THREE_MINUTES, STATED).format().dynamicRange());
        assertEquals(DynamicRange.SDR, ProbeReport.read(probe("5", tagged709), THREE_MINUTES, STATED).format().dynamicRange());
        assertEquals(DynamicRange.SDR, ProbeReport.read(probe("5", video(1920, 1080, "\"index\":0")), THREE_MINUTES, STATED).format().dynamicRange(),
                "untagged");
    }

    private static String video(int width, int height, String more) {
        return "{\"codec_type\":\"video\",\"width\":" + width + ",\"height\":" + height + "," + more + "}";
    }

    private static String probe(String duration, String... streams) {
        return "{\"streams\":[" + String.join(",", streams) + "],\"format\":{\"duration\":\"" + duration + "\"}}";
    }
}
