package com.harufilm.bootstrap.worker;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of a process: UTC wall time. Tests build components with their own. */
@Module
public interface ClockModule {

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }
}
