package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;

/** Messaging over RabbitMQ, for the production processes. */
@Module
public interface RabbitMessagingModule {

    @Provides
    @Singleton
    static RabbitConnection rabbitConnection(BrokerSettings settings) {
        return new RabbitConnection(settings);
    }

    @Provides
    @IntoSet
    static AutoCloseable closeConnection(RabbitConnection connection) {
        return connection;
    }

    @Provides
    @IntoSet
    static ReadinessProbe brokerProbe(RabbitConnection connection) {
        return new RabbitBrokerProbe(connection);
    }
}
