package com.harufilm.application.port.out;

/** Hands a message to the broker; returns only once the broker has confirmed it (throws otherwise). */
public interface MessagePublisher {

    void publish(String topic, String payload);
}
