package com.harufilm.adapters.messaging;

import java.net.URI;

/**
 * Where RabbitMQ is (an amqp:// URI with credentials and virtual host), and a prefix for the
 * exchange and queue names so several deployments or test runs can share one broker.
 */
public record BrokerSettings(URI uri, String queuePrefix) {

    public BrokerSettings(URI uri) {
        this(uri, "");
    }

    @Override
    public String toString() {
        return "BrokerSettings[" + uri.getHost() + ":" + uri.getPort() + ", queuePrefix=" + queuePrefix + "]";
    }
}
