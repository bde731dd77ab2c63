package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodeQueues;
import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;

/**
 * Messaging over RabbitMQ, for the production processes. Consumers are unscoped: inject a
 * {@code Provider<RabbitConsumer>} and take one per queue.
 */
@Module(includes = EncodingFormatModule.class)
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

    @Provides
    static TopologyNames topologyNames(BrokerSettings settings) {
        return new TopologyNames(settings.queuePrefix());
    }

    @Provides
    static RetryPolicy retryPolicy() {
        return RetryPolicy.DEFAULT;
    }

    /** Declares on first use (the first publish or consumer start), so a process starts while the broker is down. */
    @Provides
    @Singleton
    static RabbitTopology rabbitTopology(RabbitConnection connection, TopologyNames names, RetryPolicy retry) {
        return new RabbitTopology(connection, names, retry);
    }

    @Provides
    @Singleton
    static RabbitMessagePublisher rabbitMessagePublisher(RabbitConnection connection, RabbitTopology topology) {
        return new RabbitMessagePublisher(connection, topology);
    }

    @Provides
    static MessagePublisher messagePublisher(RabbitMessagePublisher publisher) {
        return publisher;
    }

    @Provides
    @Singleton
    static EncodingEvents encodingEvents(MessagePublisher publisher, EncodingMessages messages) {
        return new RabbitEncodingEvents(publisher, messages);
    }

    @Provides
    static EncodeQueues encodeQueues(RabbitConnection connection, RabbitTopology topology) {
        return new RabbitEncodeQueues(connection, topology);
    }

    @Provides
    static RabbitConsumer rabbitConsumer(RabbitConnection connection, RabbitTopology topology, RetryPolicy retry) {
        return new RabbitConsumer(connection, topology, retry);
    }
}
