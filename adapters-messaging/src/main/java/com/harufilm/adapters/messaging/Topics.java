package com.harufilm.adapters.messaging;

/** The topics (routing keys) messages travel under; their payloads are described in this module's README. */
public final class Topics {

    /** An {@code EncodingJob} for the workers, written to the outbox by the API (as {@link EncodingMessages#jobTopic}). */
    public static final String ENCODING_REQUESTED = "encoding.requested";

    /** An {@code EncodingEvent} from a worker back to the API. */
    public static final String ENCODING_EVENT = "encoding.event";

    private Topics() {
    }
}
