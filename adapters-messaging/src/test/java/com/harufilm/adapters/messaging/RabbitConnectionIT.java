package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
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
    void theConnectionAsksForTheConfiguredHeartbeat() throws Exception {
        var timeouts = new BrokerTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(7), Duration.ofSeconds(10),
                Duration.ofSeconds(5));
        try (var connection = new RabbitConnection(new BrokerSettings(BROKER, "", timeouts))) {
            assertEquals(7, connection.get().getHeartbeat());
        }
    }

    @Test
    void aBrokerThatAcceptsButNeverSpeaksFailsWithinTheHandshakeTimeout() throws Exception {
        var timeouts = new BrokerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        try (var silent = new ServerSocket(0);
             var connection = new RabbitConnection(new BrokerSettings(
                     URI.create("amqp://guest:guest@127.0.0.1:" + silent.getLocalPort() + "/%2F"), "", timeouts))) {
            long start = System.nanoTime();

            var failure = assertThrows(DependencyFailure.class, connection::get);

            assertEquals(ErrorCode.MESSAGE_QUEUE_ERROR, failure.code());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                    "gave up after " + Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Test
    void aUriThatIsNotAmqpIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new RabbitConnection(new BrokerSettings(URI.create("http://127.0.0.1:5672"))));
    }
}
