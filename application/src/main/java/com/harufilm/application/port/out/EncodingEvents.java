package com.harufilm.application.port.out;

import com.harufilm.domain.video.EncodingEvent;

/** Carries the worker's reports back to the API; returns once the broker has them. */
public interface EncodingEvents {

    void publish(EncodingEvent event);
}
