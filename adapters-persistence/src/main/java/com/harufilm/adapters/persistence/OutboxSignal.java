package com.harufilm.adapters.persistence;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Raised once a transaction that wrote to the outbox has committed, so the relay can publish at
 * once instead of at its next tick. Listeners run on the committing thread: they must only hand
 * the work on.
 */
public final class OutboxSignal {

    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void listen(Runnable listener) {
        listeners.add(listener);
    }

    void raise() {
        listeners.forEach(Runnable::run);
    }
}
