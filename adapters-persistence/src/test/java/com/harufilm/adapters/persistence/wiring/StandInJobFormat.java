package com.harufilm.adapters.persistence.wiring;

import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.domain.video.EncodingJob;
import dagger.Binds;
import dagger.Module;
import jakarta.inject.Inject;

/**
 * A job format that is plainly not the real one (which is the messaging adapter's, tested there):
 * the contract checks that the outbox stores whatever the format gives, topic and payload alike.
 */
public final class StandInJobFormat implements EncodingJobFormat {

    @Inject
    public StandInJobFormat() {
    }

    @Override
    public String jobTopic() {
        return "stand-in.jobs";
    }

    @Override
    public String encode(EncodingJob job) {
        return "job " + job.videoId() + " of " + job.userId() + " from " + job.sourceKey() + " to " + job.outputPrefix();
    }

    /** Binds it for the test component. */
    @Module
    public interface Binding {
        @Binds
        EncodingJobFormat format(StandInJobFormat format);
    }
}
