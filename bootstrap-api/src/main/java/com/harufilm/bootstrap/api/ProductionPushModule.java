package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.push.FcmPushModule;
import com.harufilm.adapters.media.push.FcmSettings;
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
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * FCM when a service account is configured (HARU_FCM_SERVICE_ACCOUNT); otherwise, only with
 * HARU_PUSH=log (ApiConfig refuses to start without either), pushes go to the log and a JSON-lines file.
 */
@Module
interface ProductionPushModule {

    @Provides
    @Singleton
    static PushSender pushSender(Optional<FcmSettings> fcm, @Named("pushOutbox") Path outbox, Clock clock,
                                 MeterRegistry registry) {
        if (fcm.isPresent()) {
            return new MeteredPushSender(FcmPushModule.pushSender(fcm.get()), registry);
        }
        LoggerFactory.getLogger(ProductionPushModule.class)
                .warn("HARU_PUSH=log: pushes are written to {} instead of FCM and reach no phone", outbox);
        return new MeteredPushSender(new JsonLinesPushSender(outbox, clock), registry);
    }
}
