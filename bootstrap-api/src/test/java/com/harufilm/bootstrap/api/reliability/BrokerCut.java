package com.harufilm.bootstrap.api.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The broker's connections cut (every process's, through its proxy) for 8 s while videos encode,
 * twice: the API's outbox and the workers' deliveries resume on reconnection, and every video
 * still completes once.
 */
final class BrokerCut implements Scenario {

    private static final Duration CUT = Duration.ofSeconds(8);
    private static final int CUTS = 2;

    private int cuts;

    @Override
    public String name() {
        return "broker cut " + CUT.toSeconds() + " s";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        while (cuts < CUTS && stack.awaitEncoding()) {
            stack.brokerProxy().cut(CUT);
            cuts++;
            Thread.sleep(CUT.plusSeconds(4));
        }
        if (cuts == 0) {
            throw new IllegalStateException("no video was ever seen encoding: the scenario injected nothing");
        }
    }

    @Override
    public String toString() {
        return name() + " (" + cuts + " cuts while encoding)";
    }
}
