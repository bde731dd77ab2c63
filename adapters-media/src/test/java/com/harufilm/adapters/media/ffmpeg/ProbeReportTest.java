package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.MediaInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeReportTest {

    private static final Duration THREE_MINUTES = Duration.ofMinutes(3);
    private static final String AUDIO = "{\"codec_type\":\"audio\"}";

    @Test
    void anUprightIphoneClipIsPortraitAsDisplayed() {
        String video = video(1920, 1080, "\"side_data_list\":[{\"side_data_type\":\"Display Matrix\",\"rotation\":-90}]");

        assertEquals(new MediaInfo(12.5, 1080, 1920, 90, true), ProbeReport.read(probe("12.5", video, AUDIO), THREE_MINUTES));
    }

    @Test
    void theLegacyRotateTagCountsToo() {
        String video = video(1920, 1080, "\"tags\":{\"rotate\":\"270\"}");

        assertEquals(new MediaInfo(5, 1080, 1920, 270, false), ProbeReport.read(probe("5", video), THREE_MINUTES));
    }

    @Test
    void upsideDownKeepsItsSize() {
        String video = video(1280, 720, "\"side_data_list\":[{\"rotation\":180}]");

        assertEquals(new MediaInfo(5, 1280, 720, 180, false), ProbeReport.read(probe("5", video), THREE_MINUTES));
    }

    @Test
    void soundWithCoverArtIsNotAVideo() {
        String cover = video(600, 600, "\"disposition\":{\"attached_pic\":1}");

        assertRefused(FfmpegFailures.NOT_A_VIDEO, probe("200", AUDIO, cover), THREE_MINUTES);
    }

    @Test
    void aStillImageOrNoiseWithoutDurationIsNotAVideo() {
        assertRefused(FfmpegFailures.NOT_A_VIDEO, "{\"streams\":[" + video(64, 64, "\"codec_name\":\"png\"") + "],\"format\":{}}", THREE_MINUTES);
        assertRefused(FfmpegFailures.NOT_A_VIDEO, "not json", THREE_MINUTES);
    }

    @Test
    void theMaximumIsSaidAsPeopleSayIt() {
        assertRefused("Videos can be at most 3 minutes.", probe("181", video(640, 360, "\"index\":0")), THREE_MINUTES);
        assertRefused("Videos can be at most 1 minute.", probe("61", video(640, 360, "\"index\":0")), Duration.ofMinutes(1));
        assertEquals(180.4, ProbeReport.read(probe("180.4", video(640, 360, "\"index\":0")), THREE_MINUTES).durationSec(),
                "a phone's 3:00 clip runs a little over");
    }

    private static void assertRefused(String message, String json, Duration max) {
        assertEquals(message, assertThrows(InvalidVideoFormat.class, () -> ProbeReport.read(json, max)).getMessage());
    }

    private static String video(int width, int height, String more) {
        return "{\"codec_type\":\"video\",\"width\":" + width + ",\"height\":" + height + "," + more + "}";
    }

    private static String probe(String duration, String... streams) {
        return "{\"streams\":[" + String.join(",", streams) + "],\"format\":{\"duration\":\"" + duration + "\"}}";
    }
}
