package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3StorageModule;
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

/** The one-process embedded run: H2 file database and the local S3 server; no broker to reach. */
@Singleton
@Component(modules = {JdbiPersistenceModule.class, S3StorageModule.class, WebModule.class, HealthModule.class})
interface EmbeddedApiComponent extends ApiProcess {

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder database(DatabaseSettings settings);

        @BindsInstance
        Builder objectStore(ObjectStoreSettings settings);

        @BindsInstance
        Builder web(WebSettings settings);

        @BindsInstance
        Builder readinessTimeout(@Named("readinessTimeout") Duration timeout);

        EmbeddedApiComponent build();
    }
}
