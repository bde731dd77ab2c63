package com.harufilm.adapters.media.push;

import com.harufilm.application.port.out.PushSender;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.Random;

/** Push notifications through FCM, with firebase-admin. */
@Module
public interface FcmPushModule {

    @Provides
    @Singleton
    static PushSender pushSender(FcmSettings settings) {
        return new FcmPushSender(settings, new Random());
    }
}
