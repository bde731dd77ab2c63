package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.domain.video.EncodingEvent;

/** The worker's reports to the API, as JSON on the {@code encoding.event} topic through a confirmed publisher. */
public final class RabbitEncodingEvents implements EncodingEvents {

    private final MessagePublisher publisher;
    private final EncodingMessages messages;

    public RabbitEncodingEvents(MessagePublisher publisher, EncodingMessages messages) {
        this.publisher = publisher;
        this.messages = messages;
    }

    @Override
    public void publish(EncodingEvent event) {
        publisher.publish(Topics.ENCODING_EVENT, messages.encode(event));
    }
}
