package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.MediaEncoder.EncodedLadder;
import com.harufilm.domain.video.MediaInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the encoder's binaries come from: config, PATH, or the build bundled by org.bytedeco; never one without libx264. */
class FfmpegLocatorIT {

    private static final Path DEBIAN_FFMPEG = Path.of("/usr/bin/ffmpeg");
    private static final Path DEBIAN_FFPROBE = Path.of("/usr/bin/ffprobe");

    @TempDir
    Path dir;

    @Test
    void configuredPathsComeFirst() {
        var found = new FfmpegLocator("", new ProcessRunner()).locate(DEBIAN_FFMPEG, DEBIAN_FFPROBE);

        assertEquals(new FfmpegBinaries(DEBIAN_FFMPEG, DEBIAN_FFPROBE), found);
    }

    @Test
    void aConfiguredPathThatIsNotThereStopsTheStart() {
        var refused = assertThrows(IllegalStateException.class,
                () -> new FfmpegLocator("", new ProcessRunner()).locate(dir.resolve("ffmpeg"), null));

        assertTrue(refused.getMessage().contains("not an executable file"), refused.getMessage());
    }

    @Test
    void thenTheFirstOnPath() {
        var found = new FfmpegLocator(dir.resolve("empty") + ":/usr/bin", new ProcessRunner()).locate(null, null);

        assertEquals(new FfmpegBinaries(DEBIAN_FFMPEG, DEBIAN_FFPROBE), found);
    }

    @Test
    void anFfmpegWithoutLibx264IsRefused() throws Exception {
        FakeExecutable.write(dir, "ffmpeg", "echo ' V....D libx265              libx265 H.265 / HEVC'");

        var refused = assertThrows(IllegalStateException.class,
                () -> new FfmpegLocator(dir.toString(), new ProcessRunner()).locate(null, DEBIAN_FFPROBE));

        assertTrue(refused.getMessage().contains("has no libx264 encoder"), refused.getMessage());
    }

    @Test
    void theDaggerModuleProvidesAnEncoderFromWhatThisMachineHas() {
        MediaEncoder encoder = FfmpegMediaModule.mediaEncoder(MediaSettings.defaults());
        Path source = new TestClips(new FfmpegBinaries(DEBIAN_FFMPEG, DEBIAN_FFPROBE), dir).make("clip.mp4", 160, 90, 1, false);

        MediaInfo probed = encoder.probe(source);
        assertEquals(new MediaInfo(1.0, 160, 90, 0, false, probed.format()), probed);
        assertEquals("h264", probed.format().videoCodec());
    }

    @Test
    void withNothingOnPathTheBundledBuildIsUsedAndEncodesTheLadder() throws Exception {
        var bundled = new FfmpegLocator("", new ProcessRunner()).locate(null, null);
        assertTrue(bundled.ffmpeg().toString().contains("bytedeco"), bundled.toString());
        var encoder = new FfmpegMediaEncoder(bundled, MediaSettings.defaults(), new ProcessRunner());
        Path source = new TestClips(bundled, dir).make("hd.mp4", 1280, 720, 2, true);

        EncodedLadder ladder = encoder.encode(source, encoder.probe(source), dir.resolve("out"), p -> { });

        assertEquals(List.of("360p/index.m3u8", "720p/index.m3u8"),
                ladder.renditions().stream().map(r -> r.playlistPath()).toList());
    }
}
