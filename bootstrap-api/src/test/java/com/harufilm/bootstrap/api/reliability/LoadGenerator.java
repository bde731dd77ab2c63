package com.harufilm.bootstrap.api.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Drives the stack through HTTP with many simulated users at once, writing what it did in a ledger. */
public final class LoadGenerator {

    /** Where each upload waits before it completes, so a scenario can time a fault against completions. */
    public interface CompletionGate {
        CompletionGate OPEN = () -> { };

        void awaitTurn() throws InterruptedException;
    }

    /** Users at once: enough to overlap every step, few enough for 2 cores. */
    private static final int AT_ONCE = 8;

    private final StackUnderTest stack;
    private final Ledger ledger;
    private final Path clip;

    public LoadGenerator(StackUnderTest stack, Ledger ledger, Path clip) {
        this.stack = stack;
        this.ledger = ledger;
        this.clip = clip;
    }

    /** Starts {@code users} users named after {@code tag}; the future ends when all are done, failing if one failed. */
    public CompletableFuture<Void> start(String tag, int users, CompletionGate gate) {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<CompletableFuture<Void>> sessions = new ArrayList<>();
        for (int number = 1; number <= users; number++) {
            var user = new SimulatedUser(stack, ledger, gate, clip, tag, number);
            String name = tag + "-" + number;
            sessions.add(CompletableFuture.runAsync(() -> {
                try {
                    user.live();
                } catch (Exception e) {
                    throw new IllegalStateException("user " + name + " failed", e);
                }
            }, pool));
        }
        return CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new)).whenComplete((done, failed) -> pool.shutdown());
    }
}
