package com.harufilm.bootstrap.api.reliability;

import java.util.concurrent.CompletableFuture;

/**
 * One fault injected while the load runs, followed by the accountant. A new fault (a TCP proxy
 * cutting the database or the broker, S3 errors, FCM answering 429 or hanging, dev killed
 * mid-upload) is one more implementation.
 */
public interface Scenario {

    String name();

    /** Where the load's completions wait; open unless the scenario times its faults against them. */
    default LoadGenerator.CompletionGate gate() {
        return LoadGenerator.CompletionGate.OPEN;
    }

    /** Injects the faults while {@code load} runs; returns once every process it stopped runs again. */
    void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception;

    /** Whether this scenario explains a failure the load saw (a 5xx, or no answer while a process was down). */
    default boolean explains(Ledger.ServerFailure failure) {
        return false;
    }

    /**
     * Whether a push may reach a device more than once for one event: only after the API died, or
     * lost the database, between FCM taking a batch and the batch being marked sent; the repeat
     * carries the same collapse key, so the device shows it once.
     */
    default boolean explainsRepeatedPushes() {
        return false;
    }

    /**
     * Whether a store upload may be left that no session knows: only when the API died between
     * opening it and recording its session (the upload sweep aborts it after an hour).
     */
    default boolean explainsStrayUploads() {
        return false;
    }
}
