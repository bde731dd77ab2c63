package com.harufilm.application.port.out;

import com.harufilm.domain.video.EncodingJob;

/**
 * Queues videos for encoding. Enqueueing inside a transaction commits with it (an outbox), so a
 * video is never created without its job, nor a job sent for a video that was rolled back.
 */
public interface EncodingJobs {

    void enqueue(EncodingJob job);
}
