package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.push.FcmSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.RabbitConsumer;
import com.harufilm.adapters.messaging.RabbitMessagingModule;
import com.harufilm.adapters.messaging.TopologyNames;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The API deployable: MySQL, RabbitMQ, S3, Google; encoding happens in separate worker processes. */
@Singleton
@Component(modules = {ApiCoreModule.class, RabbitMessagingModule.class, ProductionPushModule.class, BacklogMetricsModule.class})
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
