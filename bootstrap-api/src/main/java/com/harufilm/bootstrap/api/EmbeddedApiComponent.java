package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.media.ffmpeg.FfmpegMediaModule;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.messaging.InProcessMessaging;
import com.harufilm.adapters.messaging.InProcessMessagingModule;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.web.WebModule;
import com.harufilm.adapters.web.auth.AuthWebModule;
import com.harufilm.adapters.web.playback.PlaybackWebModule;
import com.harufilm.adapters.web.tokens.AuthAdaptersModule;
import com.harufilm.adapters.web.user.UserWebModule;
import com.harufilm.adapters.web.upload.UploadWebModule;
import com.harufilm.adapters.web.diary.DiaryWebModule;
import com.harufilm.application.encoding.EncodeVideo;
import com.harufilm.bootstrap.worker.ClockModule;
import com.harufilm.bootstrap.worker.EncodingWorkerModule;
import com.harufilm.bootstrap.worker.HealthModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The one-process embedded run: H2 file database, the local S3 server, an in-process queue and the worker. */
@Singleton
@Component(modules = {
        JdbiPersistenceModule.class, S3StorageModule.class, InProcessMessagingModule.class, FfmpegMediaModule.class, WebModule.class,
        UserWebModule.class, UploadWebModule.class, DiaryWebModule.class, AuthWebModule.class, PlaybackWebModule.class, AuthAdaptersModule.class, HealthModule.class,
        ClockModule.class, IdentityModule.class, UploadModule.class, EncodingModule.class, DiaryModule.class, NotificationModule.class, PushOutboxModule.class, EncodingWorkerModule.class})
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
