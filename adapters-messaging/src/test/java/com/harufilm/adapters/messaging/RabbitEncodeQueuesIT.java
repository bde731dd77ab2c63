package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.EncodeQueues.Depths;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The encode queues' depths as the broker counts them, against the local RabbitMQ. */
class RabbitEncodeQueuesIT {

    private final TestBroker broker = new TestBroker();
    private final RabbitEncodeQueues queues = new RabbitEncodeQueues(broker.connection, broker.topology);

    RabbitEncodeQueuesIT() throws Exception {
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void jobsNoWorkerTookAreWaitingAndWhatTheConsumerRejectedIsDeadLettered() throws Exception {
        assertEquals(new Depths(0, 0, 0), queues.depths(), "declared on first reading, empty");
        broker.publisher.publish(Topics.ENCODING_REQUESTED, MessagingContract.JOB);
        broker.publisher.publish(Topics.ENCODING_REQUESTED, MessagingContract.JOB);
        broker.publisher.publish(Topics.ENCODING_EVENT, "{\"type\":");

        var messages = new EncodingMessages();
        broker.consumer().start(broker.names.eventsQueue(), 1, (payload, previous) -> messages.decodeEvent(payload));

        MessagingContract.eventually(() -> queues.depths().equals(new Depths(2, 0, 1)));
    }

    @Test
    void aBrokerThatCannotBeReachedIsADependencyFailure() throws Exception {
        try (var nowhere = new RabbitConnection(new BrokerSettings(URI.create("amqp://guest:guest@127.0.0.1:1/%2F")))) {
            var unreachable = new RabbitEncodeQueues(nowhere, new RabbitTopology(nowhere, broker.names, MessagingContract.FAST));

            assertThrows(DependencyFailure.class, unreachable::depths);
        }
    }
}
