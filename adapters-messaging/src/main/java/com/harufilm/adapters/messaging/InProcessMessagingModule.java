package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;

/** Messaging inside the process, for the embedded run: the API and the worker share one {@link InProcessMessaging}. */
@Module(includes = EncodingFormatModule.class)
public interface InProcessMessagingModule {

    @Provides
    @Singleton
    static InProcessMessaging inProcessMessaging(EncodingMessages messages) {
        return new InProcessMessaging(RetryPolicy.DEFAULT, messages);
    }

    @Provides
    static MessagePublisher messagePublisher(InProcessMessaging messaging) {
        return messaging;
    }

    @Provides
    static EncodingEvents encodingEvents(InProcessMessaging messaging) {
        return messaging;
    }

    @Provides
    @IntoSet
    static AutoCloseable closeMessaging(InProcessMessaging messaging) {
        return messaging;
    }
}
