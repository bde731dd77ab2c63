package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodingJobFormat;
import dagger.Binds;
import dagger.Module;

/** The job wire format for whoever writes jobs (the outbox), whichever messaging the process runs. */
@Module
interface EncodingFormatModule {

    @Binds
    EncodingJobFormat encodingJobFormat(EncodingMessages messages);
}
