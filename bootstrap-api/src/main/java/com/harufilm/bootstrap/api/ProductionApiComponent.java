package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.RabbitMessagingModule;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.web.WebModule;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.bootstrap.worker.HealthModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The API deployable: MySQL, RabbitMQ, S3. */
@Singleton
@Component(modules = {
        JdbiPersistenceModule.class, S3StorageModule.class, RabbitMessagingModule.class, WebModule.class, HealthModule.class})
interface ProductionApiComponent extends ApiProcess {

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder database(DatabaseSettings settings);

        @BindsInstance
        Builder objectStore(ObjectStoreSettings settings);

        @BindsInstance
        Builder broker(BrokerSettings settings);

        @BindsInstance
        Builder web(WebSettings settings);

        @BindsInstance
        Builder readinessTimeout(@Named("readinessTimeout") Duration timeout);

        ProductionApiComponent build();
    }
}
