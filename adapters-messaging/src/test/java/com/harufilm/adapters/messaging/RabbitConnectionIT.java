package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Against the RabbitMQ running on this machine, and against a port where none listens. */
class RabbitConnectionIT {

    static final URI BROKER = URI.create(Objects.requireNonNullElse(
            System.getenv("HARU_TEST_RABBITMQ_URI"), "amqp://guest:guest@127.0.0.1:5672/%2F"));

    @Test
    void theProbeAnswersWhenTheBrokerIsUp() throws Exception {
        try (var connection = new RabbitConnection(new BrokerSettings(BROKER))) {
            assertDoesNotThrow(() -> new RabbitBrokerProbe(connection).check());
            assertEquals("broker", new RabbitBrokerProbe(connection).component());
        }
    }

    @Test
    void anUnreachableBrokerIsAMessageQueueErrorNotAClientException() throws Exception {
        try (var connection = new RabbitConnection(new BrokerSettings(URI.create("amqp://guest:guest@127.0.0.1:1/%2F")))) {
            var failure = assertThrows(DependencyFailure.class, () -> new RabbitBrokerProbe(connection).check());
            assertEquals(ErrorCode.MESSAGE_QUEUE_ERROR, failure.code());
        }
    }

    @Test
    void aUriThatIsNotAmqpIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new RabbitConnection(new BrokerSettings(URI.create("http://127.0.0.1:5672"))));
    }
}
