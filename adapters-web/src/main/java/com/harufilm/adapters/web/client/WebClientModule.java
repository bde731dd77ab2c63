package com.harufilm.adapters.web.client;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import java.util.Set;

/** The web client's routes, where the settings switch it on (always in dev). */
@Module
public interface WebClientModule {

    @Provides
    @ElementsIntoSet
    static Set<Routes> webClientRoutes(WebSettings settings) {
        return settings.webClient() ? Set.of(new WebClientRoutes()) : Set.of();
    }
}
