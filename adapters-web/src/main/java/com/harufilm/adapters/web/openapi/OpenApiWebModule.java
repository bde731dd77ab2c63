package com.harufilm.adapters.web.openapi;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** /openapi.json and the reference page, added to the API's set of routes. */
@Module
public interface OpenApiWebModule {

    @Provides
    @IntoSet
    static Routes openApiRoutes(WebSettings settings) {
        return new OpenApiRoutes(settings.apiReference());
    }
}
