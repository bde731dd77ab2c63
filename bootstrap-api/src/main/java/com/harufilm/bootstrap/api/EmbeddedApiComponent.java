package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.ffmpeg.FfmpegMediaModule;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.messaging.InProcessMessaging;
import com.harufilm.adapters.messaging.InProcessMessagingModule;
import com.harufilm.application.encoding.EncodeVideo;
import com.harufilm.bootstrap.worker.EncodingWorkerModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The one-process embedded run: H2 file database, the local S3 server, an in-process queue and the worker. */
@Singleton
@Component(modules = {ApiCoreModule.class, InProcessMessagingModule.class, FfmpegMediaModule.class, PushOutboxModule.class, EncodingWorkerModule.class})
interface EmbeddedApiComponent extends ApiProcess {

    InProcessMessaging inProcessMessaging();

    EncodeVideo encodeVideo();

    @Component.Builder
    interface Builder extends ApiComponentBuilder<Builder> {
        @BindsInstance
        Builder media(MediaSettings settings);

        @BindsInstance
        Builder workDir(@Named("workDir") Path workDir);

        EmbeddedApiComponent build();
    }
}
