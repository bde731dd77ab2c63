package com.harufilm.bootstrap.api.playable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worker's log line for one video ("2026-12-02T03:41:00.123Z INFO ... video 7 encoded: download
 * 310 ms, probe 80 ms, ..."), its stages in order and the instant it was written. The stages run
 * back to back from the moment the worker reported the job started, so that moment is the line's
 * instant less their sum.
 */
record StageLine(Instant loggedAt, Map<String, Long> stagesMs) {

    private static final Pattern STAGE = Pattern.compile("(\\w[\\w ]*?(?: \\([^)]*\\))?) (\\d+) ms");

    /** Waits up to {@code limit} for the line of {@code videoId} in {@code log}: the worker writes it after reporting COMPLETE. */
    static StageLine await(Path log, String videoId, Duration limit) throws IOException, InterruptedException {
        Pattern line = Pattern.compile("(?m)^(\\S+) INFO .* video " + Pattern.quote(videoId) + " encoded: (.*)$");
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<StageLine> found = find(line, Files.readString(log));
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no stage line for video " + videoId + " in " + log + " within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static Optional<StageLine> find(Pattern line, String log) {
        Matcher matcher = line.matcher(log);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        Matcher stage = STAGE.matcher(matcher.group(2));
        while (stage.find()) {
            stages.put(stage.group(1), Long.parseLong(stage.group(2)));
        }
        return Optional.of(new StageLine(Instant.parse(matcher.group(1)), stages));
    }

    /** When the worker began the job (just after its STARTED report was confirmed). */
    Instant startedAt() {
        return loggedAt.minusMillis(stagesMs.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The stages up to and including the first playable one, in ms. */
    long untilFirstPlayableMs() {
        long sum = 0;
        for (var stage : stagesMs.entrySet()) {
            sum += stage.getValue();
            if (stage.getKey().startsWith("first playable")) {
                return sum;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        stagesMs.forEach((stage, ms) -> text.append(text.isEmpty() ? "" : ", ").append(stage).append(' ').append(ms).append(" ms"));
        return text.toString();
    }
}
