package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.media.push.FcmSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.RabbitConsumer;
import com.harufilm.adapters.messaging.RabbitMessagingModule;
import com.harufilm.adapters.messaging.TopologyNames;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.web.WebModule;
import com.harufilm.adapters.web.auth.AuthWebModule;
import com.harufilm.adapters.web.playback.PlaybackWebModule;
import com.harufilm.adapters.web.tokens.AuthAdaptersModule;
import com.harufilm.adapters.web.user.UserWebModule;
import com.harufilm.adapters.web.upload.UploadWebModule;
import com.harufilm.adapters.web.diary.DiaryWebModule;
import com.harufilm.bootstrap.worker.ClockModule;
import com.harufilm.bootstrap.worker.HealthModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The API deployable: MySQL, RabbitMQ, S3, Google; encoding happens in separate worker processes. */
@Singleton
@Component(modules = {
        JdbiPersistenceModule.class, S3StorageModule.class, RabbitMessagingModule.class, WebModule.class, UserWebModule.class,
        UploadWebModule.class, DiaryWebModule.class, AuthWebModule.class, PlaybackWebModule.class, AuthAdaptersModule.class, HealthModule.class, ClockModule.class,
        IdentityModule.class, UploadModule.class, EncodingModule.class, DiaryModule.class, NotificationModule.class,
        ProductionPushModule.class})
interface ProductionApiComponent extends ApiProcess {

    RabbitConsumer rabbitConsumer();

    TopologyNames topologyNames();

    @Component.Builder
    interface Builder extends ApiComponentBuilder<Builder> {
        @BindsInstance
        Builder broker(BrokerSettings settings);

        @BindsInstance
        Builder fcm(Optional<FcmSettings> settings);

        ProductionApiComponent build();
    }
}
