package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import com.harufilm.application.health.ReadinessSettings;
import com.harufilm.application.upload.UploadSettings;
import dagger.BindsInstance;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.Optional;

/** The settings every API assembly takes, whichever adapters it is built from. */
interface ApiComponentBuilder<B extends ApiComponentBuilder<B>> {

    @BindsInstance
    B database(DatabaseSettings settings);

    @BindsInstance
    B objectStore(ObjectStoreSettings settings);

    @BindsInstance
    B web(WebSettings settings);

    @BindsInstance
    B identity(IdentitySettings settings);

    @BindsInstance
    B accessTokens(AccessTokenSettings settings);

    @BindsInstance
    B google(Optional<GoogleSettings> settings);

    @BindsInstance
    B uploads(UploadSettings settings);

    @BindsInstance
    B encoding(EncodingSettings settings);

    @BindsInstance
    B pushOutbox(@Named("pushOutbox") Path file);

    @BindsInstance
    B readiness(ReadinessSettings settings);

    /** Everything but the object store, which the embedded run only knows once its server started. */
    default B configure(ApiConfig config) {
        return database(config.database())
                .web(config.web())
                .identity(config.identity().identity())
                .accessTokens(config.identity().accessTokens())
                .google(config.identity().google())
                .uploads(config.uploads())
                .encoding(config.encoding())
                .pushOutbox(config.pushOutbox())
                .readiness(config.readiness());
    }
}
