package com.harufilm.adapters.messaging;

import java.net.URI;

/**
 * Where RabbitMQ is (an amqp:// URI with credentials and virtual host), and a prefix for the
 * exchange and queue names so several deployments or test runs can share one broker, and how long
 * the broker may take.
 */
public record BrokerSettings(URI uri, String queuePrefix, BrokerTimeouts timeouts) {

    public BrokerSettings(URI uri) {
        this(uri, "", BrokerTimeouts.DEFAULT);
    }

    @Override
    public String toString() {
        return "BrokerSettings[" + uri.getHost() + ":" + uri.getPort() + ", queuePrefix=" + queuePrefix + ", timeouts=" + timeouts + "]";
    }
}
