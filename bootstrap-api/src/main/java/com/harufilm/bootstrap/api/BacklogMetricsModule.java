package com.harufilm.bootstrap.api;

import com.harufilm.adapters.web.metrics.BacklogGauges;
import com.harufilm.application.encoding.ReadEncodingBacklog;
import com.harufilm.application.port.out.EncodeQueues;
import com.harufilm.application.port.out.WaitingEncodes;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The encoding backlog on /metrics, for the API beside a broker (the embedded run's in-process
 * queue has no depth to read).
 */
@Module
interface BacklogMetricsModule {

    /** Under a usual 15 s scrape interval: each scrape sees a fresh reading, and no more than one is read per interval. */
    Duration READING_MAX_AGE = Duration.ofSeconds(10);

    @Provides
    @Singleton
    static ReadEncodingBacklog readEncodingBacklog(EncodeQueues queues, WaitingEncodes waiting, Clock clock) {
        return new ReadEncodingBacklog(queues, waiting, READING_MAX_AGE, clock);
    }

    @Provides
    @IntoSet
    static MeterBinder backlogGauges(ReadEncodingBacklog backlog) {
        return new BacklogGauges(backlog);
    }
}
