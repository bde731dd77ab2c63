package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.push.JsonLinesPushSender;
import com.harufilm.application.port.out.PushSender;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** The embedded run's pushes: to the log and, one JSON line each, to $HARU_DATA_DIR/push-outbox.jsonl. */
@Module
interface PushOutboxModule {

    @Provides
    @Singleton
    static PushSender pushSender(@Named("pushOutbox") Path file, Clock clock) {
        return new JsonLinesPushSender(file, clock);
    }
}
