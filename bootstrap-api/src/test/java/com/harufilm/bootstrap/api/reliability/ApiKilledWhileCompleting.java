package com.harufilm.bootstrap.api.reliability;

import com.harufilm.bootstrap.api.stack.ChildProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kill -9 of the API in a loop while uploads complete: each round lets a batch of waiting
 * completions go at once and kills the API a few milliseconds later (a different delay each
 * round), so some die between the store's CompleteMultipartUpload and the database commit; then
 * the API is started again and the clients retry, as the apps do.
 */
final class ApiKilledWhileCompleting implements Scenario, LoadGenerator.CompletionGate {

    private static final int[] KILL_AFTER_MILLIS = {5, 20, 40, 80, 150};
    private static final int BATCH = 6;

    private final Semaphore turns = new Semaphore(0);
    private final AtomicInteger waiting = new AtomicInteger();
    /** What CompleteUpload logs when it finishes an upload the store assembled in a call that died. */
    private static final String WINDOW_HIT = "the store assembled it in an earlier call that did not finish";

    private int kills;
    private long windowHits;

    @Override
    public String name() {
        return "api kill -9 while completing";
    }

    @Override
    public LoadGenerator.CompletionGate gate() {
        return this;
    }

    @Override
    public void awaitTurn() throws InterruptedException {
        waiting.incrementAndGet();
        try {
            turns.acquire();
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        ChildProcess api = stack.apiProcess();
        long logOffset = Files.size(api.log());
        try {
            for (int delay : KILL_AFTER_MILLIS) {
                if (!awaitWaiting(BATCH, load)) {
                    break;
                }
                turns.release(waiting.get());
                Thread.sleep(delay);
                api.kill();
                kills++;
                stack.restart(api);
            }
        } finally {
            // Whoever is left completes with the API up.
            turns.release(10_000);
        }
        load.exceptionally(failed -> null).get();
        byte[] log = Files.readAllBytes(api.log());
        windowHits = new String(log, (int) logOffset, log.length - (int) logOffset, StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains(WINDOW_HIT)).count();
    }

    /** Waits until {@code count} completions wait (or, near the end of the load, a few seconds for fewer). */
    private boolean awaitWaiting(int count, CompletableFuture<Void> load) throws InterruptedException {
        for (int tenths = 0; tenths < 600 && !load.isDone(); tenths++) {
            if (waiting.get() >= count || (tenths > 50 && waiting.get() > 0)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }

    /** Calls cut off by a kill are unanswered; none may answer 5xx. */
    @Override
    public boolean explains(Ledger.ServerFailure failure) {
        return failure.status() == 0;
    }

    @Override
    public boolean explainsRepeatedPushes() {
        return true;
    }

    /** Other users' initiates are cut by the kills too. */
    @Override
    public boolean explainsStrayUploads() {
        return true;
    }

    @Override
    public String toString() {
        return name() + " (" + kills + " kills, " + windowHits + " completes died between the store's assembly and the commit)";
    }
}
