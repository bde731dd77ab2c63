package com.harufilm.bootstrap.api.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The database unreachable for 20 s while the load runs (its proxy cuts every connection and hangs
 * up on new ones), then back: requests answer 503 DATABASE_CONNECTION_FAILED meanwhile, and
 * everything recovers by itself.
 */
final class DatabaseAway implements Scenario {

    private static final Duration LOAD_FIRST = Duration.ofSeconds(6);
    private static final Duration AWAY = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "database away " + AWAY.toSeconds() + " s";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        Thread.sleep(LOAD_FIRST);
        stack.databaseProxy().drop();
        try {
            Thread.sleep(AWAY);
        } finally {
            stack.databaseProxy().heal();
        }
    }

    @Override
    public boolean explains(Ledger.ServerFailure failure) {
        return failure.status() == 503 && failure.code().equals("DATABASE_CONNECTION_FAILED");
    }

    /** FCM may take a batch just before the database goes: its notices cannot be marked sent, and go again once it is back. */
    @Override
    public boolean explainsRepeatedPushes() {
        return true;
    }

    @Override
    public String toString() {
        return name();
    }
}
