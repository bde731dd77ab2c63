package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker goes away and comes back (a proxy is cut, the shared broker keeps running): publisher and consumer carry on. */
class RabbitRecoveryIT {

    private FaultProxy proxy;
    private TestBroker broker;
    private RabbitMessagePublisher publisher;
    private RabbitConsumer consumer;

    @BeforeEach
    void connectThroughTheProxy() throws Exception {
        URI direct = RabbitConnectionIT.BROKER;
        proxy = new FaultProxy(direct.getPort());
        broker = new TestBroker(URI.create("amqp://" + direct.getRawUserInfo() + "@127.0.0.1:" + proxy.port() + direct.getRawPath()));
        publisher = broker.publisher;
        consumer = broker.consumer();
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
        proxy.close();
    }

    @Test
    void afterTheBrokerIsBackTheNextPublishWorksAndTheConsumerReceivesIt() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        consumer.start(broker.names.jobsQueue(), 1, (payload, previous) -> received.add(payload));
        publisher.publish(Topics.ENCODING_REQUESTED, "{\"before\":1}");
        assertEquals("{\"before\":1}", received.poll(10, TimeUnit.SECONDS));

        proxy.cut(Duration.ofSeconds(1));
        publishUntilAccepted("{\"after\":1}"); // as the outbox relay does: a failed publish is tried again later

        // At least once: "before" comes again if its ack was still on the way when the line dropped.
        String next;
        do {
            next = received.poll(20, TimeUnit.SECONDS);
        } while ("{\"before\":1}".equals(next));
        assertEquals("{\"after\":1}", next);
    }

    @Test
    void aMessageInHandWhenTheConnectionDropsIsDeliveredAgain() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CountDownLatch cut = new CountDownLatch(1);
        consumer.start(broker.names.jobsQueue(), 1, (payload, previous) -> {
            received.add(payload);
            cut.await(); // the first delivery is still in hand when the connection drops; its ack is lost
        });
        publisher.publish(Topics.ENCODING_REQUESTED, "{\"job\":1}");
        assertEquals("{\"job\":1}", received.poll(10, TimeUnit.SECONDS));

        proxy.cut(Duration.ofSeconds(1));
        cut.countDown();

        assertEquals("{\"job\":1}", received.poll(20, TimeUnit.SECONDS));
        MessagingContract.eventually(() -> broker.ready(broker.names.jobsQueue()) == 0);
    }

    @Test
    void aConsumerWhoseChannelTheBrokerClosesConsumesOnANewOne() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        consumer.start(broker.names.jobsQueue(), 1, (payload, previous) -> received.add(payload));
        var broken = consumer.channel();

        // An ack the broker does not know closes the channel, as an ack past consumer_timeout does.
        broken.basicAck(999, false);
        MessagingContract.eventually(() -> consumer.channel() != broken && consumer.channel().isOpen());
        publisher.publish(Topics.ENCODING_REQUESTED, "{\"after\":1}");

        assertEquals("{\"after\":1}", received.poll(10, TimeUnit.SECONDS));
    }

    private void publishUntilAccepted(String payload) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                publisher.publish(Topics.ENCODING_REQUESTED, payload);
                return;
            } catch (DependencyFailure e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
