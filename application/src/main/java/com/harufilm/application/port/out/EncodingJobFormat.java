package com.harufilm.application.port.out;

import com.harufilm.domain.video.EncodingJob;

/**
 * How an encoding job travels as a message: its topic and its payload. Defined once, by the
 * messaging adapter the workers read with, so the outbox stores exactly what they decode.
 */
public interface EncodingJobFormat {

    /** The topic (routing key) jobs are published under. */
    String jobTopic();

    /** The job's payload as the workers decode it. */
    String encode(EncodingJob job);
}
