package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodeQueues;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Reads the encoding queues' depths with passive declares, which change nothing on the broker and
 * count the messages ready for a consumer: jobs a worker has taken but not finished are not waiting.
 */
final class RabbitEncodeQueues implements EncodeQueues {

    private final RabbitConnection connection;
    private final RabbitTopology topology;

    RabbitEncodeQueues(RabbitConnection connection, RabbitTopology topology) {
        this.connection = connection;
        this.topology = topology;
    }

    @Override
    public Depths depths() {
        TopologyNames names = topology.names();
        topology.declare();
        // A channel of its own: a passive declare of a missing queue closes the channel it ran on.
        try (Channel asking = connection.get().createChannel()) {
            return new Depths(asking.queueDeclarePassive(names.jobsQueue()).getMessageCount(),
                    asking.queueDeclarePassive(names.deadLetterQueue(names.jobsQueue())).getMessageCount(),
                    asking.queueDeclarePassive(names.deadLetterQueue(names.eventsQueue())).getMessageCount());
        } catch (IOException | TimeoutException | RuntimeException e) {
            throw e instanceof DependencyFailure failure ? failure
                    : new DependencyFailure(ErrorCode.MESSAGE_QUEUE_ERROR, "could not read the encode queues' depths: " + e.getMessage(), e);
        }
    }
}
