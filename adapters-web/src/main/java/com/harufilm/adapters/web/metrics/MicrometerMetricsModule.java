package com.harufilm.adapters.web.metrics;

import com.harufilm.application.port.out.EncodingMeasurements;
import com.harufilm.application.port.out.UploadOutcomes;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** The use cases' measurements, on the registry /metrics serves. */
@Module
public interface MicrometerMetricsModule {

    @Provides
    @Singleton
    static EncodingMeasurements encodingMeasurements(MeterRegistry registry) {
        return new MicrometerEncodingMeasurements(registry);
    }

    @Provides
    @Singleton
    static UploadOutcomes uploadOutcomes(MeterRegistry registry) {
        return new MicrometerUploadOutcomes(registry);
    }
}
