package com.harufilm.adapters.messaging;

import java.net.URI;

/** Where RabbitMQ is, as an amqp:// URI with credentials and virtual host. */
public record BrokerSettings(URI uri) {

    @Override
    public String toString() {
        return "BrokerSettings[" + uri.getHost() + ":" + uri.getPort() + "]";
    }
}
