package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.RabbitMessagingModule;
import com.harufilm.application.health.CheckReadiness;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/** The encoding worker deployable: it needs the broker and the object store, never the database. */
@Singleton
@Component(modules = {S3StorageModule.class, RabbitMessagingModule.class, HealthModule.class})
interface WorkerComponent {

    CheckReadiness checkReadiness();

    Set<AutoCloseable> resources();

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder objectStore(ObjectStoreSettings settings);

        @BindsInstance
        Builder broker(BrokerSettings settings);

        @BindsInstance
        Builder readinessTimeout(@Named("readinessTimeout") Duration timeout);

        WorkerComponent build();
    }
}
