package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.push.JsonLinesPushSender;
import com.harufilm.adapters.media.push.MeteredPushSender;
import com.harufilm.application.port.out.PushSender;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** The embedded run's pushes: to the log and, one JSON line each, to $HARU_DATA_DIR/push-outbox.jsonl. */
@Module
interface PushOutboxModule {

    @Provides
    @Singleton
    static PushSender pushSender(@Named("pushOutbox") Path file, Clock clock, MeterRegistry registry) {
        return new MeteredPushSender(new JsonLinesPushSender(file, clock), registry);
    }
}
