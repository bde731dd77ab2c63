package com.harufilm.adapters.web.metrics;

import com.harufilm.application.port.out.UploadOutcomes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * haru_uploads_total by outcome. Every outcome is registered at start, so a rate over a counter
 * that has not moved yet is 0 rather than missing.
 */
final class MicrometerUploadOutcomes implements UploadOutcomes {

    private final Counter completed;
    private final Counter aborted;
    private final Counter superseded;
    private final Counter expired;

    MicrometerUploadOutcomes(MeterRegistry registry) {
        completed = outcome(registry, "completed");
        aborted = outcome(registry, "aborted");
        superseded = outcome(registry, "superseded");
        expired = outcome(registry, "expired");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("haru.uploads")
                .description("Upload sessions by how they ended: completed into a video, or abandoned (aborted, superseded, expired)")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    public void completed() {
        completed.increment();
    }

    @Override
    public void aborted() {
        aborted.increment();
    }

    @Override
    public void superseded() {
        superseded.increment();
    }

    @Override
    public void expired() {
        expired.increment();
    }
}
