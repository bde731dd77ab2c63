package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.S3UploadStorageModule;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.web.WebModule;
import com.harufilm.adapters.web.auth.AuthWebModule;
import com.harufilm.adapters.web.client.WebClientModule;
import com.harufilm.adapters.web.diary.DiaryWebModule;
import com.harufilm.adapters.web.metrics.MicrometerMetricsModule;
import com.harufilm.adapters.web.openapi.OpenApiWebModule;
import com.harufilm.adapters.web.share.ShareWebModule;
import com.harufilm.adapters.web.playback.PlaybackWebModule;
import com.harufilm.adapters.web.tokens.AuthAdaptersModule;
import com.harufilm.adapters.web.upload.UploadWebModule;
import com.harufilm.adapters.web.user.UserWebModule;
import com.harufilm.bootstrap.worker.ClockModule;
import com.harufilm.bootstrap.worker.HealthModule;
import dagger.Module;

/** What every API process is made of; a component adds its messaging and push adapters (and the embedded run its worker). */
@Module(includes = {
        JdbiPersistenceModule.class, S3UploadStorageModule.class, WebModule.class, MicrometerMetricsModule.class, AuthWebModule.class,
        UserWebModule.class, UploadWebModule.class, DiaryWebModule.class, PlaybackWebModule.class, OpenApiWebModule.class, ShareWebModule.class, ShareModule.class, WebClientModule.class,
        AuthAdaptersModule.class, HealthModule.class, ClockModule.class, IdentityModule.class, UploadModule.class, EncodingModule.class,
        DiaryModule.class, NotificationModule.class})
interface ApiCoreModule {
}
