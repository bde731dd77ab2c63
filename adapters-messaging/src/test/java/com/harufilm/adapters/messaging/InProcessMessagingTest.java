package com.harufilm.adapters.messaging;

import com.harufilm.adapters.messaging.InProcessMessaging.DeadLetter;
import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The messaging contract on the embedded run's in-process queue. */
class InProcessMessagingTest extends MessagingContract {

    private final InProcessMessaging messaging = new InProcessMessaging(FAST, new EncodingMessages());

    @AfterEach
    void close() {
        messaging.close();
    }

    @Override
    protected MessagePublisher publisher() {
        return messaging;
    }

    @Override
    protected EncodingEvents events() {
        return messaging;
    }

    @Override
    protected void subscribe(String topic, MessageHandler handler, int concurrency) {
        messaging.subscribe(topic, handler, concurrency);
    }

    @Override
    protected List<String> deadLetters(String topic) {
        return messaging.deadLetters().stream().filter(d -> d.topic().equals(topic)).map(DeadLetter::payload).toList();
    }

    @Override
    protected void assertNothingLeft(String topic) {
        // Closing lets the workers finish what they hold and have queued; nothing can be left after.
        messaging.close();
    }
}
