package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.ReadinessProbe;

/** The broker connection is open (or can be opened now). */
final class RabbitBrokerProbe implements ReadinessProbe {

    private final RabbitConnection connection;

    RabbitBrokerProbe(RabbitConnection connection) {
        this.connection = connection;
    }

    @Override
    public String component() {
        return "broker";
    }

    @Override
    public void check() {
        if (!connection.get().isOpen()) {
            throw new IllegalStateException("connection to the broker is closed, recovering");
        }
    }
}
