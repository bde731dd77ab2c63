package com.harufilm.bootstrap.api.reliability;

import com.harufilm.application.testsupport.HttpAnswer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The S3 server in trouble for every process and every user's part PUT while uploads run, videos
 * encode and deletions are queued: it answers 500 InternalError for 8 s, then cannot be reached
 * for 8 s, then is back. The API answers 503 S3_UNAVAILABLE to what needs the store meanwhile, the
 * users' retries carry their uploads through, the workers wait the store out and finish, and the
 * deletion sweep removes what it could not remove then.
 */
final class StoreTrouble implements Scenario {

    private static final Duration FAILING = Duration.ofSeconds(8);
    private static final Duration AWAY = Duration.ofSeconds(8);
    private static final Duration SAMPLE = Duration.ofMillis(500);

    private long encodingAtStart;
    private long mostDeletionsQueued;

    @Override
    public String name() {
        return "store answering 500 for " + FAILING.toSeconds() + " s, then away " + AWAY.toSeconds() + " s";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        encodingAtStart = stack.requireEncoding();
        try {
            stack.storeProxy().answer(HttpAnswer.S3_INTERNAL_ERROR);
            watchDeletions(stack, FAILING);
            stack.storeProxy().drop();
            watchDeletions(stack, AWAY);
        } finally {
            stack.storeProxy().heal();
        }
    }

    /** Notes the most removals waiting at once while the store is in trouble: the sweep must do them later. */
    private void watchDeletions(StackUnderTest stack, Duration during) throws Exception {
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            mostDeletionsQueued = Math.max(mostDeletionsQueued, stack.count("SELECT COUNT(*) FROM object_deletions"));
            Thread.sleep(SAMPLE);
        }
    }

    /**
     * The API's 503 S3_UNAVAILABLE, and the store's own failures to the users' part PUTs (its 500, or
     * no answer, also to the deliberately cut part); nothing else, and no 500 from the API.
     */
    @Override
    public boolean explains(Ledger.ServerFailure failure) {
        return failure.status() == 503 && failure.code().equals("S3_UNAVAILABLE")
                || failure.call().equals("PUT part") && (failure.status() == 500 || failure.status() == 0)
                || failure.call().equals("cut part 1") && failure.status() == 0;
    }

    /**
     * A store upload opened just as the faults began, whose answer was lost with the cut connection:
     * no session knows it and no part reached it, so the upload sweep aborts it after an hour.
     */
    @Override
    public boolean explainsStrayUploads() {
        return true;
    }

    @Override
    public String toString() {
        return name() + " (" + encodingAtStart + " encoding at the start, up to " + mostDeletionsQueued + " removals queued)";
    }
}
