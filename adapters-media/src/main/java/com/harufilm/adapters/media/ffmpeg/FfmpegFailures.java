package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.InvalidVideoFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the input's fault (the user is told, the job is not retried) from ours or the machine's
 * (retried, the stderr tail goes to the log), by what ffmpeg printed.
 */
final class FfmpegFailures {

    /**
     * What libavformat/libavcodec print for a file that is damaged or is not media at all, or is
     * in a container we do not open (FfmpegCommands.INPUT_LIMITS).
     */
    private static final Pattern UNREADABLE_INPUT = Pattern.compile(
            "Invalid data found when processing input|moov atom not found|Error while decoding|Format not on whitelist"
                    + "|could not find codec parameters|Invalid NAL unit|partial file|corrupt input packet",
            Pattern.CASE_INSENSITIVE);
    /** The machine's fault even when the input also had glitches: retrying elsewhere may work. */
    private static final Pattern MACHINE_TROUBLE = Pattern.compile(
            "No space left on device|Cannot allocate memory|Too many open files|Unknown encoder|Permission denied");
    /**
     * 128 + SIGABRT, SIGKILL (the OOM killer), SIGSEGV, SIGTERM as Java reports them. Not "any code
     * above 128": ffmpeg 6+ exits with its error code's low byte, 183 for "Invalid data found".
     */
    private static final Set<Integer> KILLED_BY_SIGNAL = Set.of(134, 137, 139, 143);
    /** An mp4 cut short after its index (moov first) decodes until the cut and exits 0. */
    private static final Pattern CUT_SHORT = Pattern.compile("partial file");

    static final String NOT_A_VIDEO = "This file is not a video we can play.";
    static final String DAMAGED = "This video file is damaged or incomplete; please upload it again.";

    private FfmpegFailures() {
    }

    /** Returns when the run succeeded with the whole input, else throws what the core should see. */
    static void check(String step, ProcessRunner.Finished run) {
        if (run.exitCode() == 0) {
            if (anyMatch(run.stderr(), CUT_SHORT)) {
                throw new InvalidVideoFormat(DAMAGED);
            }
            return;
        }
        boolean ours = KILLED_BY_SIGNAL.contains(run.exitCode()) || anyMatch(run.stderr(), MACHINE_TROUBLE);
        if (!ours && anyMatch(run.stderr(), UNREADABLE_INPUT)) {
            throw new InvalidVideoFormat(NOT_A_VIDEO);
        }
        throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED,
                step + " failed with exit code " + run.exitCode() + ": " + run.stderrTail(8), null);
    }

    private static boolean anyMatch(List<String> lines, Pattern pattern) {
        return lines.stream().anyMatch(line -> pattern.matcher(line).find());
    }
}
