package com.harufilm.application.port.out;

/** Tells whether one part the process depends on (database, broker, object store) answers now. */
public interface ReadinessProbe {

    /** The part's name as operators see it in /health/ready: "database", "broker", "objectStore". */
    String component();

    /** Returns when the part answers; throws, with the reason, when it does not. */
    void check() throws Exception;
}
