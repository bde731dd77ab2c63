package com.harufilm.bootstrap.api.reliability;

import java.util.concurrent.CompletableFuture;

/** The baseline: the load alone, against which the faults' figures read. */
final class NoFault implements Scenario {

    @Override
    public String name() {
        return "no fault";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) {
        // nothing: the load runs undisturbed
    }

    @Override
    public String toString() {
        return name();
    }
}
