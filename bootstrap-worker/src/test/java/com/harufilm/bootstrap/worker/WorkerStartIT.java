package com.harufilm.bootstrap.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.messaging.TopologyNames;
import com.harufilm.application.health.Readiness;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker as WorkerMain wires and starts it, from environment variables: RabbitMQ on
 * 127.0.0.1, a local S3 server, FFmpeg from PATH.
 */
class WorkerStartIT {

    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/%2F";

    @TempDir
    Path folder;

    private LocalS3Server s3;
    private WorkerComponent worker;

    @BeforeEach
    void startTheStore() throws Exception {
        s3 = LocalS3Server.start(folder.resolve("s3"), 0, "haru", List.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (worker != null) {
            for (AutoCloseable resource : worker.resources()) {
                resource.close();
            }
            deleteTopology(worker.topologyNames());
        }
        s3.close();
    }

    /** Removes what the worker declared on the shared broker under this test's own prefix. */
    private static void deleteTopology(TopologyNames names) throws Exception {
        var factory = new ConnectionFactory();
        factory.setUri(BROKER);
        try (Connection admin = factory.newConnection("harufilm-test-admin"); Channel channel = admin.createChannel()) {
            for (String queue : List.of(names.jobsQueue(), names.eventsQueue())) {
                channel.queueDelete(queue);
                channel.queueDelete(names.deadLetterQueue(queue));
            }
            channel.exchangeDelete(names.exchange());
            channel.exchangeDelete(names.deadLetterExchange());
        }
    }

    @Test
    void withRealSettingsEveryDependencyIsUpAndTheJobsQueueIsConsumed() throws Exception {
        worker = WorkerConfig.fromEnvironment(environment(BROKER)).component();

        Readiness readiness = worker.checkReadiness().check();
        CountDownLatch consuming = new CountDownLatch(1);
        try (ConsumerStarter jobs = start(worker, consuming)) {
            assertTrue(readiness.ready(), readiness.toString());
            assertTrue(consuming.await(10, TimeUnit.SECONDS), "consuming " + worker.topologyNames().jobsQueue());
        }
    }

    @Test
    void withTheBrokerDownAtStartTheWorkerSaysSoAndKeepsTryingUntilStopped() throws Exception {
        worker = WorkerConfig.fromEnvironment(environment("amqp://guest:guest@127.0.0.1:" + closedPort() + "/%2F")).component();

        Readiness readiness = worker.checkReadiness().check();
        CountDownLatch consuming = new CountDownLatch(1);
        ConsumerStarter jobs = start(worker, consuming);

        assertFalse(readiness.ready(), readiness.toString());
        assertEquals(1, readiness.components().stream().filter(component -> !component.up()).count(), readiness.toString());
        assertFalse(consuming.await(2, TimeUnit.SECONDS), "nothing to consume from");
        assertTimeoutPreemptively(Duration.ofSeconds(5), jobs::close, "a stop while retrying ends at once");
    }

    private static ConsumerStarter start(WorkerComponent worker, CountDownLatch consuming) {
        return ConsumerStarter.start(worker.rabbitConsumer(), worker.topologyNames().jobsQueue(), 1,
                (payload, previousDeliveries) -> {
                    throw new AssertionError("no job is published to this queue");
                },
                consuming::countDown, Duration.ofSeconds(5));
    }

    private Map<String, String> environment(String brokerUri) {
        ObjectStoreSettings store = s3.settings();
        Map<String, String> env = new HashMap<>();
        env.put("HARU_RABBITMQ_URI", brokerUri);
        // A queue of this test's own, so no other run's jobs reach it.
        env.put("HARU_RABBITMQ_QUEUE_PREFIX", "worker-it-" + UUID.randomUUID() + ".");
        env.put("HARU_S3_ENDPOINT", String.valueOf(store.endpoint()));
        env.put("HARU_S3_REGION", store.region());
        env.put("HARU_S3_BUCKET", store.bucket());
        env.put("HARU_S3_ACCESS_KEY_ID", store.accessKeyId());
        env.put("HARU_S3_SECRET_ACCESS_KEY", store.secretAccessKey());
        env.put("HARU_WORK_DIR", folder.resolve("work").toString());
        return env;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
