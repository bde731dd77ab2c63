package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The messaging contract on the local RabbitMQ, each test with its own exchanges and queues. */
class RabbitMessagingIT extends MessagingContract {

    private final Map<String, List<String>> deadLetters = new HashMap<>();
    private TestBroker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Override
    protected MessagePublisher publisher() {
        return broker.publisher;
    }

    @Override
    protected EncodingEvents events() {
        return new RabbitEncodingEvents(broker.publisher, new EncodingMessages());
    }

    @Override
    protected void subscribe(String topic, MessageHandler handler, int concurrency) {
        broker.consumer().start(broker.names.queueFor(topic), concurrency, handler);
    }

    @Override
    protected List<String> deadLetters(String topic) throws Exception {
        List<String> seen = deadLetters.computeIfAbsent(topic, t -> new ArrayList<>());
        broker.drain(broker.names.deadLetterQueue(broker.names.queueFor(topic))).forEach(r -> seen.add(TestBroker.body(r)));
        return List.copyOf(seen);
    }

    @Override
    protected void assertNothingLeft(String topic) throws Exception {
        // Stopping the consumers gives back whatever they held unacked; only then does the count say it all.
        broker.stopConsumers();
        assertEquals(0, broker.ready(broker.names.queueFor(topic)));
    }
}
