package com.harufilm.adapters.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The shared local RabbitMQ as one test sees it: names no other test or run uses (so none sees
 * another's messages), the adapters as a process would wire them, and an admin connection to
 * inspect the queues and delete them afterwards.
 */
final class TestBroker implements AutoCloseable {

    final TopologyNames names = new TopologyNames("it-" + UUID.randomUUID().toString().substring(0, 8) + ".");
    final RabbitConnection connection;
    final RabbitTopology topology;
    final RabbitMessagePublisher publisher;
    private final List<RabbitConsumer> consumers = new ArrayList<>();
    private final Connection admin;

    TestBroker() throws Exception {
        this(RabbitConnectionIT.BROKER);
    }

    /** The adapters connect to {@code clientUri} (a proxy, say); the admin side always goes straight to the broker. */
    TestBroker(URI clientUri) throws Exception {
        connection = new RabbitConnection(new BrokerSettings(clientUri));
        topology = new RabbitTopology(connection, names, MessagingContract.FAST);
        publisher = new RabbitMessagePublisher(connection, topology);
        var factory = new ConnectionFactory();
        factory.setUri(RabbitConnectionIT.BROKER);
        admin = factory.newConnection("harufilm-test-admin");
    }

    /** A consumer the test owns until close. */
    RabbitConsumer consumer() {
        var consumer = new RabbitConsumer(connection, topology, MessagingContract.FAST);
        consumers.add(consumer);
        return consumer;
    }

    void stopConsumers() {
        consumers.forEach(consumer -> consumer.stop(Duration.ofSeconds(30)));
    }

    /** Ready messages in the queue (not those a consumer holds unacked). */
    long ready(String queue) throws Exception {
        try (Channel channel = admin.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    /** Takes every ready message out of the queue. */
    List<GetResponse> drain(String queue) throws Exception {
        List<GetResponse> taken = new ArrayList<>();
        try (Channel channel = admin.createChannel()) {
            for (GetResponse r = channel.basicGet(queue, true); r != null; r = channel.basicGet(queue, true)) {
                taken.add(r);
            }
        }
        return taken;
    }

    static String body(GetResponse response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    /** Stops the consumers, closes the adapters' connection, deletes this test's exchanges and queues. */
    @Override
    public void close() throws IOException, TimeoutException {
        stopConsumers();
        connection.close();
        try (admin; Channel channel = admin.createChannel()) {
            TopologyCleanup.delete(channel, names);
        }
    }
}
