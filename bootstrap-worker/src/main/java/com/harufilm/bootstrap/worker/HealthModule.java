package com.harufilm.bootstrap.worker;

import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.health.ReadinessSettings;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** Readiness over whichever probes the chosen adapters contribute; both deployables use it. */
@Module
public interface HealthModule {

    @Provides
    @Singleton
    static CheckReadiness checkReadiness(Set<ReadinessProbe> probes, ReadinessSettings settings, Clock clock) {
        return new CheckReadiness(probes, settings, clock);
    }
}
