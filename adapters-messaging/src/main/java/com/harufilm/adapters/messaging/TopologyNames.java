package com.harufilm.adapters.messaging;

/**
 * Names of the broker's exchanges and queues. The prefix is empty in production; tests give each
 * run its own so they can share one broker with each other and with a running process.
 */
public record TopologyNames(String prefix) {

    public static final TopologyNames PRODUCTION = new TopologyNames("");

    /** Direct exchange every message is published to, with its topic as routing key. */
    public String exchange() {
        return prefix + "haru";
    }

    /** Where the quorum queues send what they give up on; it keeps the original routing key. */
    public String deadLetterExchange() {
        return prefix + "haru.dead";
    }

    /** Workers consume encoding jobs here. */
    public String jobsQueue() {
        return prefix + "encoding.jobs";
    }

    /** The API consumes encoding events here. */
    public String eventsQueue() {
        return prefix + "encoding.events";
    }

    public String deadLetterQueue(String queue) {
        return queue + ".dead";
    }

    /** The queue that receives a topic's messages. */
    public String queueFor(String topic) {
        return switch (topic) {
            case Topics.ENCODING_REQUESTED -> jobsQueue();
            case Topics.ENCODING_EVENT -> eventsQueue();
            default -> throw new IllegalArgumentException("no queue is bound for topic " + topic);
        };
    }
}
