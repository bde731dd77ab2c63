package com.harufilm.adapters.web.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.encoding.ReadEncodingBacklog;
import com.harufilm.application.port.out.EncodeQueues;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The measurements as Prometheus scrapes them: names, units, buckets and values. */
class OperatorMetricsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T11:00:00Z");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private void assertScraped(String line) {
        String scraped = registry.scrape();
        assertTrue(scraped.lines().anyMatch(line::equals), line + " in:\n" + scraped);
    }

    @Test
    void uploadsAreCountedByOutcomeEachFromZero() {
        var outcomes = new MicrometerUploadOutcomes(registry);
        outcomes.completed();
        outcomes.completed();
        outcomes.expired();

        assertScraped("haru_uploads_total{outcome=\"completed\"} 2.0");
        assertScraped("haru_uploads_total{outcome=\"expired\"} 1.0");
        assertScraped("haru_uploads_total{outcome=\"aborted\"} 0.0");
        assertScraped("haru_uploads_total{outcome=\"superseded\"} 0.0");
    }

    @Test
    void encodingTimesAreHistogramsInSecondsWithFixedBuckets() {
        var measurements = new MicrometerEncodingMeasurements(registry);
        measurements.playable(Duration.ofSeconds(25));
        measurements.completed(Duration.ofSeconds(90));
        measurements.encoded(Duration.ofSeconds(80));
        measurements.failed();

        assertScraped("haru_video_time_to_playable_seconds_bucket{le=\"20.0\"} 0");
        assertScraped("haru_video_time_to_playable_seconds_bucket{le=\"30.0\"} 1");
        assertScraped("haru_video_time_to_playable_seconds_count 1");
        assertScraped("haru_video_time_to_complete_seconds_bucket{le=\"120.0\"} 1");
        assertScraped("haru_video_time_to_complete_seconds_sum 90.0");
        assertScraped("haru_encode_duration_seconds_bucket{le=\"60.0\"} 0");
        assertScraped("haru_encode_duration_seconds_bucket{le=\"+Inf\"} 1");
        assertScraped("haru_encode_failures_total 1.0");
    }

    @Test
    void theBacklogIsGaugedAndWhatCannotBeReadIsNaN() {
        var backlog = new ReadEncodingBacklog(() -> new EncodeQueues.Depths(7, 2, 0), now -> Optional.of(NOW.minusSeconds(90)),
                Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));
        new BacklogGauges(backlog).bindTo(registry);

        assertScraped("haru_encode_queue_depth 7.0");
        assertScraped("haru_encode_oldest_wait_seconds 90.0");
        assertScraped("haru_dead_letter_queue_depth{queue=\"encoding.jobs.dead\"} 2.0");
        assertScraped("haru_dead_letter_queue_depth{queue=\"encoding.events.dead\"} 0.0");

        var away = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new BacklogGauges(new ReadEncodingBacklog(() -> {
            throw new IllegalStateException("broker unreachable");
        }, now -> Optional.empty(), Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC))).bindTo(away);
        assertTrue(away.scrape().lines().anyMatch("haru_encode_queue_depth NaN"::equals), away.scrape());
        assertTrue(away.scrape().lines().anyMatch("haru_encode_oldest_wait_seconds 0.0"::equals), away.scrape());
    }
}
