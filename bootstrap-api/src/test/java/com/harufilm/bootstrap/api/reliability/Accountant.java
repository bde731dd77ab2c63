package com.harufilm.bootstrap.api.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the end state of the stack against what the load generator did, once the stack has had
 * a bounded time to settle: uploads and their videos, the bucket, the pushes, the workers' scratch
 * folders and the failures the clients saw. Its figures and violations are the scenario's result.
 */
final class Accountant {

    /** A scenario's figures; {@code violations} must be empty. */
    record Account(String scenario, int requests, int uploadsCompleted, int videosComplete, int videosFailed, int objectsChecked,
                   int strayUploads, int pushesCounted, int pushRepeats, long p99Millis, Map<String, Long> explained,
                   List<String> violations, Duration took) {

        String line() {
            return "reliability [" + scenario + "] requests=" + requests + " uploadsCompleted=" + uploadsCompleted + " videosComplete="
                    + videosComplete + " videosFailed=" + videosFailed + " objectsChecked=" + objectsChecked + " strayUploads=" + strayUploads
                    + " pushesCounted="
                    + pushesCounted + " pushRepeats=" + pushRepeats + " p99ms=" + p99Millis + " explained=" + explained
                    + " violations=" + violations.size() + " seconds=" + took.toSeconds();
        }
    }

    static final Duration SETTLE_LIMIT = Duration.ofMinutes(3);

    private final StackUnderTest stack;
    /** Repeated pushes an earlier scenario's account judged: a notice marked sent is never sent again, so they stay its own. */
    private final Map<String, Long> judgedRepeats = new HashMap<>();

    /** One accountant for the stack's life, so that each scenario judges only the repeats it caused. */
    Accountant(StackUnderTest stack) {
        this.stack = stack;
    }

    Account settle(Scenario scenario, Ledger ledger, Instant started) throws Exception {
        List<String> violations = new ArrayList<>();
        awaitSettled(violations);
        int[] finished = checkUploads(ledger, violations);
        var store = new StoreAccount(stack, violations);
        int objects = store.check(scenario, started);
        var pushes = new PushAccount(stack, violations, judgedRepeats);
        int pushesCounted = pushes.check(scenario);
        checkDevices(ledger, violations);
        for (int index = 0; index < stack.workers().size(); index++) {
            if (WorkerKilledMidEncode.holdsFiles(stack.workDir(index))) {
                violations.add("scratch files remain in " + stack.workDir(index));
            }
        }
        // The failures the scenario caused, by call and answer, so a run shows that its fault was met.
        Map<String, Long> explained = new TreeMap<>();
        for (Ledger.ServerFailure failure : ledger.failures()) {
            if (scenario.explains(failure)) {
                String answer = failure.status() + (failure.code().isEmpty() ? "" : " " + failure.code());
                explained.merge(failure.call().replaceAll("/\\d+", "/{id}") + " " + answer, 1L, Long::sum);
            } else {
                violations.add("unexplained failure: " + failure);
            }
        }
        return new Account(scenario.toString(), ledger.requests(), ledger.completed().size(), finished[0], finished[1], objects,
                store.strays(), pushesCounted, pushes.repeats(), ledger.p99Millis(sent -> true), explained, violations,
                Duration.between(started, Instant.now()));
    }

    /** Waits until no video is unfinished and nothing is left to send or delete, or names what is stuck. */
    private void awaitSettled(List<String> violations) throws Exception {
        String unsettled = "SELECT (SELECT COUNT(*) FROM videos WHERE status IN ('PENDING', 'ENCODING'))"
                + " + (SELECT COUNT(*) FROM object_deletions) + (SELECT COUNT(*) FROM notification_log WHERE sent_at IS NULL)"
                + " + (SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL) AS unsettled";
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (stack.count(unsettled) > 0) {
            if (System.nanoTime() > deadline) {
                stack.query("SELECT id, status FROM videos WHERE status IN ('PENDING', 'ENCODING')")
                        .forEach(video -> violations.add("video " + video.get("id") + " stuck in " + video.get("status")));
                stack.query("SELECT object_prefix FROM object_deletions")
                        .forEach(deletion -> violations.add("deletion of " + deletion.get("object_prefix") + " never done"));
                stack.query("SELECT dedupe_key FROM notification_log WHERE sent_at IS NULL")
                        .forEach(notice -> violations.add("notice " + notice.get("dedupe_key") + " never sent"));
                stack.query("SELECT id, topic FROM outbox WHERE sent_at IS NULL")
                        .forEach(message -> violations.add("outbox message " + message.get("id") + " never relayed"));
                return;
            }
            Thread.sleep(500);
        }
    }

    /** Every upload answered complete has its one video, finished, unless the user deleted it; returns {COMPLETE, FAILED}. */
    private int[] checkUploads(Ledger ledger, List<String> violations) throws Exception {
        int[] finished = new int[2];
        for (Ledger.CompletedUpload upload : ledger.completed()) {
            List<Map<String, Object>> session = stack.query("SELECT state, video_id FROM upload_sessions WHERE id = ?", upload.uploadId());
            if (session.size() != 1 || !"COMPLETED".equals(session.getFirst().get("state"))
                    || !upload.videoId().equals(String.valueOf(session.getFirst().get("video_id")))) {
                violations.add("upload " + upload.uploadId() + " answered video " + upload.videoId() + " but its session is " + session);
            }
            List<Map<String, Object>> videos = stack.query("SELECT id, status FROM videos WHERE user_id = ? AND upload_date = ?",
                    upload.userId(), upload.date());
            if (ledger.isDeleted(upload.videoId())) {
                if (!videos.isEmpty()) {
                    violations.add("video " + upload.videoId() + " was deleted but its day still has " + videos);
                }
                continue;
            }
            if (videos.size() != 1 || !upload.videoId().equals(String.valueOf(videos.getFirst().get("id")))) {
                violations.add("upload " + upload.uploadId() + " should have exactly video " + upload.videoId() + ", has " + videos);
                continue;
            }
            switch (String.valueOf(videos.getFirst().get("status"))) {
                case "COMPLETE" -> finished[0]++;
                case "FAILED" -> {
                    finished[1]++;
                    // Allowed, but every clip the load sends is good: say why, for whoever traces it.
                    System.out.println("  failed: " + stack.query("SELECT id, failure_reason, encode_attempts FROM videos WHERE id = ?",
                            upload.videoId()));
                }
                default -> violations.add("video " + upload.videoId() + " never finished: " + videos.getFirst());
            }
        }
        return finished;
    }

    private void checkDevices(Ledger ledger, List<String> violations) throws Exception {
        for (Map.Entry<Long, List<String>> user : ledger.devices().entrySet()) {
            for (String token : user.getValue()) {
                if (stack.count("SELECT COUNT(*) FROM devices WHERE user_id = ? AND fcm_token = ?", user.getKey(), token) != 1) {
                    violations.add("device " + token + " registered by user " + user.getKey() + " is not theirs");
                }
            }
        }
    }
}
