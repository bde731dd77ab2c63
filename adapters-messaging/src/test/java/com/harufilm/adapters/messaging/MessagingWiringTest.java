package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Dagger modules give a bootstrap component what it needs, without touching a broker. */
class MessagingWiringTest {

    @Singleton
    @Component(modules = RabbitMessagingModule.class)
    interface Rabbit {
        MessagePublisher publisher();

        RabbitMessagePublisher rabbitPublisher();

        EncodingEvents events();

        Provider<RabbitConsumer> consumers();

        @Component.Factory
        interface Factory {
            Rabbit create(@BindsInstance BrokerSettings settings);
        }
    }

    @Singleton
    @Component(modules = InProcessMessagingModule.class)
    interface InProcess {
        MessagePublisher publisher();

        EncodingEvents events();

        InProcessMessaging messaging();
    }

    @Test
    void theRabbitModuleSharesOnePublisherAndGivesANewConsumerPerQueue() {
        Rabbit rabbit = DaggerMessagingWiringTest_Rabbit.factory().create(new BrokerSettings(URI.create("amqp://guest:guest@127.0.0.1:1/%2F")));

        assertSame(rabbit.rabbitPublisher(), rabbit.publisher());
        assertNotSame(rabbit.consumers().get(), rabbit.consumers().get());
    }

    @Test
    void theInProcessModuleIsOneQueueBehindBothPorts() {
        InProcess inProcess = DaggerMessagingWiringTest_InProcess.create();

        assertSame(inProcess.messaging(), inProcess.publisher());
        assertSame(inProcess.messaging(), inProcess.events());
        inProcess.messaging().close();
    }
}
