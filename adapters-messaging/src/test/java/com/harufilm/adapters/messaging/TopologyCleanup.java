package com.harufilm.adapters.messaging;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.List;

/** Deletes a test's exchanges and queues from the shared broker (this module's test jar, for the end-to-end suites too). */
public final class TopologyCleanup {

    private TopologyCleanup() {
    }

    public static void delete(Channel channel, TopologyNames names) throws IOException {
        for (String queue : List.of(names.jobsQueue(), names.eventsQueue())) {
            channel.queueDelete(queue);
            channel.queueDelete(names.deadLetterQueue(queue));
        }
        channel.exchangeDelete(names.exchange());
        channel.exchangeDelete(names.deadLetterExchange());
    }
}
