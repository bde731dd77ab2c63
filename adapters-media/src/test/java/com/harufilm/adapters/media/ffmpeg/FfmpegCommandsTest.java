package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.video.DynamicRange;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.StreamFormat;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegCommandsTest {

    private static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");
    private static final Path SOURCE = Path.of("/jobs/1/source.mp4");

    @Test
    void aFullSizeSourceIsTheTopRungUnscaledAndEachRungIsScaledFromTheOneAbove() {
        var info = new MediaInfo(30, 1080, 1920, 90, true, StreamFormat.UNKNOWN);

        assertEquals("[0:v]format=yuv420p,split=2[v2][s2];"
                        + "[s2]scale=720:1280:flags=bilinear,split=2[v1][s1];"
                        + "[s1]scale=360:640:flags=bilinear[v0]",
                FfmpegCommands.filterGraph(info, LadderPlan.forPicture(1080, 1920).rungs()));
    }

    @Test
    void aLargerSourceIsScaledDownForTheTopRung() {
        var info = new MediaInfo(30, 3840, 2160, 0, true, StreamFormat.UNKNOWN);

        assertTrue(FfmpegCommands.filterGraph(info, LadderPlan.forPicture(3840, 2160).rungs())
                .startsWith("[0:v]scale=1920:1080:flags=bilinear,format=yuv420p,split=2[v2][s2];"));
    }

    @Test
    void anHdrSourceIsToneMappedToBt709OnceAfterTheDownscaleToTheTopRungAndTaggedSo() {
        var hlg = new MediaInfo(30, 3840, 2160, 0, true, hdr(DynamicRange.HLG));
        List<String> command = FfmpegCommands.ladderCommand(FFMPEG, SOURCE, hlg, LadderPlan.forPicture(3840, 2160), MediaSettings.defaults());

        String graph = after(command, "-filter_complex");
        assertTrue(graph.startsWith("[0:v]scale=1920:1080:flags=bilinear,"
                + "zscale=tin=arib-std-b67:pin=bt2020:min=bt2020nc:t=linear:p=bt709:npl=100,format=gbrpf32le,"
                + "tonemap=mobius:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p,split=2[v2][s2];"), graph);
        assertEquals(1, graph.split("tonemap=", -1).length - 1, "once, before the split");
        assertEquals("bt709", after(command, "-color_primaries"));
        assertEquals("bt709", after(command, "-color_trc"));
        assertEquals("bt709", after(command, "-colorspace"));

        var pq = new MediaInfo(30, 1920, 1080, 0, true, hdr(DynamicRange.PQ));
        assertTrue(FfmpegCommands.filterGraph(pq, LadderPlan.forPicture(1920, 1080).rungs())
                .startsWith("[0:v]zscale=tin=smpte2084:pin=bt2020:min=bt2020nc:"));
    }

    @Test
    void anSdrSourceIsOnlyConvertedTo8BitAndKeepsItsColourTags() {
        var sdr = new MediaInfo(30, 1920, 1080, 0, true, StreamFormat.UNKNOWN);
        List<String> command = FfmpegCommands.ladderCommand(FFMPEG, SOURCE, sdr, LadderPlan.forPicture(1920, 1080), MediaSettings.defaults());

        assertFalse(after(command, "-filter_complex").contains("zscale"));
        assertFalse(command.contains("-color_primaries"));
    }

    @Test
    void anHdrThumbnailIsToneMappedAfterItsDownscale() {
        List<String> command = FfmpegCommands.thumbnailCommand(FFMPEG, SOURCE, new MediaInfo(30, 1920, 1080, 0, true, hdr(DynamicRange.PQ)));

        assertTrue(after(command, "-vf").startsWith("scale=480:270,zscale=tin=smpte2084:"), after(command, "-vf"));
        assertTrue(after(command, "-vf").contains("tonemap=mobius"));
    }

    @Test
    void soundIsEncodedOnceAndSharedByEveryRung() {
        var info = new MediaInfo(30, 1280, 720, 0, true, StreamFormat.UNKNOWN);
        List<String> command = FfmpegCommands.ladderCommand(FFMPEG, SOURCE, info, LadderPlan.forPicture(1280, 720), MediaSettings.defaults());

        assertEquals("v:0,agroup:aud,name:360p v:1,agroup:aud,name:720p a:0,agroup:aud,name:audio", after(command, "-var_stream_map"));
        assertEquals(1, Collections.frequency(command, "0:a:0"));
        assertEquals("730k", after(command, "-maxrate:v:0"));
        assertEquals("3000k", after(command, "-b:v:1"));
    }

    @Test
    void aSilentSourceHasNoAudioStreamOrGroup() {
        var info = new MediaInfo(30, 640, 360, 0, false, StreamFormat.UNKNOWN);
        List<String> command = FfmpegCommands.ladderCommand(FFMPEG, SOURCE, info, LadderPlan.forPicture(640, 360), MediaSettings.defaults());

        assertEquals("v:0,name:360p", after(command, "-var_stream_map"));
        assertFalse(command.contains("-c:a"));
    }

    @Test
    void theThumbnailIsTakenAboutOneSecondInAnd480OnTheLongSide() {
        List<String> command = FfmpegCommands.thumbnailCommand(FFMPEG, SOURCE, new MediaInfo(30, 1080, 1920, 90, true, StreamFormat.UNKNOWN));

        assertEquals("1", after(command, "-ss"));
        assertTrue(command.indexOf("-ss") < command.indexOf("-i"), "seek before opening: no decoding up to it");
        assertEquals("scale=270:480", after(command, "-vf"));
        assertEquals("0", after(FfmpegCommands.thumbnailCommand(FFMPEG, SOURCE, new MediaInfo(1.5, 320, 180, 0, true, StreamFormat.UNKNOWN)), "-ss"));
    }

    @Test
    void everyRunOpensOnlyPhoneContainersAsLocalFilesAndTheLadderStopsReadingAtTheLimit() {
        var info = new MediaInfo(30, 640, 360, 0, false, StreamFormat.UNKNOWN);
        List<List<String>> commands = List.of(FfmpegCommands.probeCommand(FFMPEG, SOURCE),
                FfmpegCommands.ladderCommand(FFMPEG, SOURCE, info, LadderPlan.forPicture(640, 360), MediaSettings.defaults()),
                FfmpegCommands.thumbnailCommand(FFMPEG, SOURCE, info), FfmpegCommands.packetTimesCommand(FFMPEG, SOURCE));

        for (List<String> command : commands) {
            assertEquals("mov,mp4,m4a,3gp,3g2,mj2,matroska,webm", after(command, "-format_whitelist"));
            assertEquals("file", after(command, "-protocol_whitelist"));
            assertTrue(command.indexOf("-protocol_whitelist") < command.indexOf(SOURCE.toString()), "input options come before it");
        }
        List<String> ladder = commands.get(1);
        assertEquals("180.500", after(ladder, "-t"), "the limit and its half second of slack, whatever the container says");
        assertEquals(ladder.indexOf("-i") - 2, ladder.indexOf("-t"), "an input option: reading stops there");
    }

    @Test
    void theEncodeTimeoutGrowsWithTheClipUpToTheMaximum() {
        var settings = MediaSettings.defaults();

        assertEquals(java.time.Duration.ofSeconds(170), settings.encodeTimeoutFor(10));
        assertEquals(java.time.Duration.ofMinutes(7), settings.encodeTimeoutFor(60));
        assertEquals(java.time.Duration.ofMinutes(17), settings.encodeTimeoutFor(180));
        assertEquals(java.time.Duration.ofMillis(1_022_500), settings.encodeTimeoutFor(100_000),
                "a claimed length counts only up to the limit");
        var fiveMinutesAtMost = new MediaSettings(null, null, settings.maxDuration(), java.time.Duration.ofMinutes(5),
                settings.x264Preset(), settings.maxPixels(), settings.maxFrameRate());
        assertEquals(java.time.Duration.ofMinutes(5), fiveMinutesAtMost.encodeTimeoutFor(180), "capped at HARU_ENCODE_TIMEOUT_MINUTES");
    }

    private static StreamFormat hdr(DynamicRange range) {
        return new StreamFormat("hevc", "Main 10", "yuv420p10le", 150, 20_000_000, "aac", range);
    }

    private static String after(List<String> command, String option) {
        return command.get(command.indexOf(option) + 1);
    }
}
