package com.harufilm.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically: every repository call inside sees and writes through one transaction. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
