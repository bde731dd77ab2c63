package com.harufilm.adapters.web.metrics;

import com.harufilm.application.port.out.EncodingMeasurements;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Histograms of how long a video takes to become watchable (haru_video_time_to_playable_seconds,
 * haru_video_time_to_complete_seconds, from the upload's completion) and of the worker's time per
 * completed attempt (haru_encode_duration_seconds), and haru_encode_failures_total. The buckets
 * are fixed, few and in the range a phone's clip takes, so each histogram is a dozen series.
 */
final class MicrometerEncodingMeasurements implements EncodingMeasurements {

    private static final Duration[] BUCKETS = {
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(3)};

    private final Timer toPlayable;
    private final Timer toComplete;
    private final Timer encode;
    private final Counter failures;

    MicrometerEncodingMeasurements(MeterRegistry registry) {
        toPlayable = histogram(registry, "haru.video.time.to.playable", "From upload complete to the first watchable rendition");
        toComplete = histogram(registry, "haru.video.time.to.complete", "From upload complete to the whole ladder (COMPLETE)");
        encode = histogram(registry, "haru.encode.duration", "The worker's own time for an attempt that completed, download to report");
        failures = Counter.builder("haru.encode.failures").description("Videos that ended FAILED").register(registry);
    }

    private static Timer histogram(MeterRegistry registry, String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS).register(registry);
    }

    @Override
    public void playable(Duration sinceUpload) {
        toPlayable.record(sinceUpload);
    }

    @Override
    public void completed(Duration sinceUpload) {
        toComplete.record(sinceUpload);
    }

    @Override
    public void encoded(Duration workerTime) {
        encode.record(workerTime);
    }

    @Override
    public void failed() {
        failures.increment();
    }
}
