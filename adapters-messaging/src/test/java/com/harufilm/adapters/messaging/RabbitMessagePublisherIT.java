package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirms, persistence, and failures of the publisher against the local RabbitMQ. */
class RabbitMessagePublisherIT {

    private TestBroker broker;
    private TopologyNames names;
    private RabbitMessagePublisher publisher;

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
        names = broker.names;
        publisher = broker.publisher;
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void aPublishReturnsOnlyOnceTheMessageIsInTheQueue() throws Exception {
        publisher.publish(Topics.ENCODING_REQUESTED, MessagingContract.JOB);

        assertEquals(1, broker.ready(names.jobsQueue()));
    }

    @Test
    void messagesArePersistentJson() throws Exception {
        publisher.publish(Topics.ENCODING_EVENT, "{\"type\":\"STARTED\",\"videoId\":1}");

        var message = broker.drain(names.eventsQueue()).getFirst();
        assertEquals(2, message.getProps().getDeliveryMode());
        assertEquals("application/json", message.getProps().getContentType());
        assertEquals("{\"type\":\"STARTED\",\"videoId\":1}", TestBroker.body(message));
    }

    @Test
    void aTopicNoQueueTakesIsAPublishFailure() {
        var failure = assertThrows(DependencyFailure.class, () -> publisher.publish("nobody.listens", "{}"));

        assertEquals(ErrorCode.MESSAGE_PUBLISH_FAILED, failure.code());
        publisher.publish(Topics.ENCODING_REQUESTED, MessagingContract.JOB); // and the channel still works
    }

    @Test
    void publishingWithTheBrokerUnreachableIsAPublishFailure() throws Exception {
        try (var nowhere = new RabbitConnection(new BrokerSettings(URI.create("amqp://guest:guest@127.0.0.1:1/%2F")))) {
            var unreachable = new RabbitMessagePublisher(nowhere, new RabbitTopology(nowhere, names, MessagingContract.FAST));

            var failure = assertThrows(DependencyFailure.class, () -> unreachable.publish(Topics.ENCODING_REQUESTED, "{}"));

            assertEquals(ErrorCode.MESSAGE_PUBLISH_FAILED, failure.code());
        }
    }

    @Test
    void aSecondProcessDeclaringTheSameTopologyChangesNothing() throws Exception {
        publisher.publish(Topics.ENCODING_REQUESTED, MessagingContract.JOB);

        try (var another = new RabbitConnection(new BrokerSettings(RabbitConnectionIT.BROKER))) {
            new RabbitTopology(another, names, MessagingContract.FAST).declare();
        }

        assertEquals(1, broker.ready(names.jobsQueue()));
    }
}
