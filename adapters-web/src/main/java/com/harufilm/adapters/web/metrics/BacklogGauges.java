package com.harufilm.adapters.web.metrics;

import com.harufilm.application.encoding.ReadEncodingBacklog;
import com.harufilm.application.port.out.EncodeQueues.Depths;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;

/**
 * The encoding backlog as gauges: haru_encode_queue_depth (jobs waiting for a worker: what to scale
 * workers by), haru_encode_oldest_wait_seconds (how long the longest-waiting video has waited: a
 * stuck pipeline, wherever it is stuck) and haru_dead_letter_queue_depth by queue. A value that
 * cannot be read is NaN, which Prometheus keeps apart from a real 0.
 */
public final class BacklogGauges implements MeterBinder {

    private final ReadEncodingBacklog backlog;

    public BacklogGauges(ReadEncodingBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, Gauge.builder("haru.encode.queue.depth", backlog, reading -> depth(reading, Depths::waitingJobs))
                .description("Encoding jobs ready in encoding.jobs, waiting for a worker"));
        register(registry, Gauge.builder("haru.encode.oldest.wait", backlog, BacklogGauges::oldestWaitSeconds)
                .description("How long the longest-waiting video's job has waited for a worker (0: none waits)")
                .baseUnit("seconds"));
        register(registry, Gauge.builder("haru.dead.letter.queue.depth", backlog, reading -> depth(reading, Depths::deadJobs))
                .description("Messages the broker gave up on, waiting for an operator").tag("queue", "encoding.jobs.dead"));
        register(registry, Gauge.builder("haru.dead.letter.queue.depth", backlog, reading -> depth(reading, Depths::deadEvents))
                .description("Messages the broker gave up on, waiting for an operator").tag("queue", "encoding.events.dead"));
    }

    /** Held strongly: a gauge otherwise keeps its object only weakly, and nothing else holds this one. */
    private static void register(MeterRegistry registry, Gauge.Builder<ReadEncodingBacklog> gauge) {
        gauge.strongReference(true).register(registry);
    }

    private static double depth(ReadEncodingBacklog backlog, ToLongFunction<Depths> depth) {
        return backlog.read().queues().map(depths -> (double) depth.applyAsLong(depths)).orElse(Double.NaN);
    }

    private static double oldestWaitSeconds(ReadEncodingBacklog backlog) {
        return backlog.read().oldestWaiting().map(wait -> wait.toMillis() / 1000.0).orElse(Double.NaN);
    }
}
