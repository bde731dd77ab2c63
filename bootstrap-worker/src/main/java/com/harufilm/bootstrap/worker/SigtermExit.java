package com.harufilm.bootstrap.worker;

import sun.misc.Signal;

/**
 * SIGTERM (what orchestrators send, and {@code Process.destroy()}) as a normal exit: the JVM runs
 * the shutdown hooks, where each deployable stops gracefully, and exits 0 rather than 143, so a
 * clean stop is not reported as a crash.
 */
public final class SigtermExit {

    private SigtermExit() {
    }

    public static void install() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
