package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.web.WebModule;
import com.harufilm.adapters.web.auth.AuthAdaptersModule;
import com.harufilm.adapters.web.identity.IdentityWebModule;
import com.harufilm.adapters.web.upload.UploadWebModule;
import com.harufilm.bootstrap.worker.HealthModule;
import dagger.Component;
import jakarta.inject.Singleton;

/** The one-process embedded run: H2 file database and the local S3 server; no broker to reach. */
@Singleton
@Component(modules = {
        JdbiPersistenceModule.class, S3StorageModule.class, WebModule.class, IdentityWebModule.class, UploadWebModule.class, AuthAdaptersModule.class, HealthModule.class,
        IdentityModule.class, UploadModule.class})
interface EmbeddedApiComponent extends ApiProcess {

    @Component.Builder
    interface Builder extends ApiComponentBuilder<Builder> {
        EmbeddedApiComponent build();
    }
}
