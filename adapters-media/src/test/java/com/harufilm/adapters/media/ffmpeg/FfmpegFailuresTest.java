package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.InvalidVideoFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegFailuresTest {

    @Test
    void aFileFfmpegCannotReadIsTheUsersToFix() {
        var run = new ProcessRunner.Finished(1, List.of("[mov @ 0x1] moov atom not found", "in.mp4: Invalid data found when processing input"));

        assertEquals(FfmpegFailures.NOT_A_VIDEO, assertThrows(InvalidVideoFormat.class, () -> FfmpegFailures.check("ffprobe", run)).getMessage());
    }

    @Test
    void ffmpeg8sExitCodeForInvalidDataIsTheUsersToFixToo() {
        var run = new ProcessRunner.Finished(183, List.of("Error opening input files: Invalid data found when processing input"));

        assertThrows(InvalidVideoFormat.class, () -> FfmpegFailures.check("ffmpeg ladder", run));
    }

    @Test
    void anyOtherFailureIsOursAndLogsStderrsTail() {
        var run = new ProcessRunner.Finished(234, List.of("Cannot allocate memory", "Conversion failed!"));

        var failure = assertThrows(DependencyFailure.class, () -> FfmpegFailures.check("ffmpeg ladder", run));
        assertTrue(failure.getMessage().contains("exit code 234: Cannot allocate memory | Conversion failed!"), failure.getMessage());
    }

    @Test
    void aFullDiskIsOursEvenWhenTheInputHadGlitches() {
        var run = new ProcessRunner.Finished(1, List.of("Error while decoding stream #0:0", "seg_004.ts: No space left on device"));

        assertThrows(DependencyFailure.class, () -> FfmpegFailures.check("ffmpeg ladder", run));
        assertThrows(DependencyFailure.class, () -> FfmpegFailures.check("ffmpeg ladder",
                new ProcessRunner.Finished(137, List.of("Error while decoding stream #0:0"))));
    }

    @Test
    void aSuccessfulRunOverACutFileIsStillTheUsersToFix() {
        var cut = new ProcessRunner.Finished(0, List.of("[mov @ 0x1] stream 1, offset 0x7d2ea: partial file"));

        assertThrows(InvalidVideoFormat.class, () -> FfmpegFailures.check("ffmpeg ladder", cut));
        assertDoesNotThrow(() -> FfmpegFailures.check("ffmpeg ladder", new ProcessRunner.Finished(0, List.of())));
    }
}
