package com.harufilm.application.port.out;

import java.time.Duration;

/**
 * Records how long videos take to become watchable and how many fail, for the operator; never part
 * of a video's state. Called after the change it measures committed.
 */
public interface EncodingMeasurements {

    /** A first rendition became watchable this long after the video's upload completed. */
    void playable(Duration sinceUpload);

    /** The whole ladder became watchable this long after the video's upload completed. */
    void completed(Duration sinceUpload);

    /** The worker's own time for the attempt that completed, from taking the job to reporting it done. */
    void encoded(Duration workerTime);

    /** A video ended FAILED: the worker gave up on it, or it ran out of attempts. */
    void failed();
}
