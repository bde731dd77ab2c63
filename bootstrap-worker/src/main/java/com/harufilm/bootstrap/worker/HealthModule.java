package com.harufilm.bootstrap.worker;

import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Set;

/** Readiness over whichever probes the chosen adapters contribute; both deployables use it. */
@Module
public interface HealthModule {

    @Provides
    static CheckReadiness checkReadiness(Set<ReadinessProbe> probes, @Named("readinessTimeout") Duration timeout) {
        return new CheckReadiness(probes, timeout);
    }
}
