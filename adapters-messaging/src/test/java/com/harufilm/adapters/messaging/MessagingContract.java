package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.domain.retry.Backoff;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the messaging ports promise (at least once, retries, dead letters, bounded concurrency), run against every implementation. */
abstract class MessagingContract {

    /** Short waits so a test sees several retries in well under a second. */
    static final RetryPolicy FAST = new RetryPolicy(3, new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    static final String JOB = "{\"videoId\":7,\"userId\":3,\"sourceKey\":\"users/3/videos/7/source\",\"outputPrefix\":\"users/3/videos/7/\"}";

    protected abstract MessagePublisher publisher();

    protected abstract EncodingEvents events();

    protected abstract void subscribe(String topic, MessageHandler handler, int concurrency);

    /** Payloads given up on for the topic since the test began. */
    protected abstract List<String> deadLetters(String topic) throws Exception;

    /** Every message of the topic has been settled: none is waiting or held. */
    protected abstract void assertNothingLeft(String topic) throws Exception;

    @Test
    void aPublishedJobReachesTheHandlerAsItWasWritten() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> received.add(payload), 1);

        publisher().publish(Topics.ENCODING_REQUESTED, JOB);

        assertEquals(JOB, received.poll(10, TimeUnit.SECONDS));
        assertNothingLeft(Topics.ENCODING_REQUESTED);
    }

    @Test
    void anEventArrivesAsItsJson() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        subscribe(Topics.ENCODING_EVENT, (payload, previous) -> received.add(payload), 1);
        var event = new EncodingEvent.Completed(new VideoId(9),
                new EncodedVideo(12.5, 1080, 1920, List.of(new Rendition(360, 640, 730_000, "v/9/360p.m3u8"))));

        events().publish(event);

        assertEquals(event, new EncodingMessages().decodeEvent(received.poll(10, TimeUnit.SECONDS)));
    }

    @Test
    void aHandlerFailingTwiceThenSucceedingSeesTheMessageThreeTimes() throws Exception {
        AtomicInteger deliveries = new AtomicInteger();
        CountDownLatch handled = new CountDownLatch(1);
        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> {
            if (deliveries.incrementAndGet() < 3) {
                throw new IllegalStateException("the object store is down for a moment");
            }
            handled.countDown();
        }, 1);

        publisher().publish(Topics.ENCODING_REQUESTED, JOB);

        assertTrue(handled.await(10, TimeUnit.SECONDS));
        Thread.sleep(300); // a wrongly repeated delivery would show up by now
        assertEquals(3, deliveries.get());
        assertEquals(List.of(), deadLetters(Topics.ENCODING_REQUESTED));
        assertNothingLeft(Topics.ENCODING_REQUESTED);
    }

    @Test
    void aHandlerThatAlwaysFailsHasTheMessageDeadLetteredAfterTheDeliveryLimit() throws Exception {
        List<Integer> earlierDeliveries = new CopyOnWriteArrayList<>();
        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> {
            earlierDeliveries.add(previous);
            throw new IllegalStateException("always broken");
        }, 1);

        publisher().publish(Topics.ENCODING_REQUESTED, JOB);

        eventually(() -> deadLetters(Topics.ENCODING_REQUESTED).equals(List.of(JOB)));
        assertEquals(IntStream.rangeClosed(0, FAST.deliveryLimit()).boxed().toList(), earlierDeliveries,
                "each delivery tells the handler how many failed before it");
        assertNothingLeft(Topics.ENCODING_REQUESTED);
    }

    @Test
    void aMalformedPayloadIsDeadLetteredWithoutRetries() throws Exception {
        AtomicInteger deliveries = new AtomicInteger();
        var messages = new EncodingMessages();
        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> {
            deliveries.incrementAndGet();
            messages.decodeJob(payload);
        }, 1);

        publisher().publish(Topics.ENCODING_REQUESTED, "{\"videoId\":");

        eventually(() -> deadLetters(Topics.ENCODING_REQUESTED).equals(List.of("{\"videoId\":")));
        assertEquals(1, deliveries.get());
    }

    @Test
    void aConcurrencyOfTwoRunsTwoHandlersAtOnceAndTheThirdWaits() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> {
            started.incrementAndGet();
            assertTrue(running.incrementAndGet() <= 2, "more than two at once");
            release.await();
            running.decrementAndGet();
            finished.incrementAndGet();
        }, 2);

        for (int i = 1; i <= 3; i++) {
            publisher().publish(Topics.ENCODING_REQUESTED, JOB.replace("\"videoId\":7", "\"videoId\":" + i));
        }

        eventually(() -> started.get() == 2);
        Thread.sleep(300); // the third would have started by now if it could
        assertEquals(2, started.get());
        release.countDown();
        eventually(() -> finished.get() == 3);
        assertEquals(List.of(), deadLetters(Topics.ENCODING_REQUESTED));
    }

    @Test
    void nothingPublishedBeforeTheSubscriberComesIsLost() throws Exception {
        publisher().publish(Topics.ENCODING_REQUESTED, JOB);
        publisher().publish(Topics.ENCODING_REQUESTED, JOB.replace("7", "8"));
        BlockingQueue<String> received = new LinkedBlockingQueue<>();

        subscribe(Topics.ENCODING_REQUESTED, (payload, previous) -> received.add(payload), 1);

        assertEquals(JOB, received.poll(10, TimeUnit.SECONDS));
        assertEquals(JOB.replace("7", "8"), received.poll(10, TimeUnit.SECONDS));
    }

    static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(20);
        }
    }
}
