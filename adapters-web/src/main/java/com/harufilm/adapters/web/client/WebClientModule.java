package com.harufilm.adapters.web.client;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import java.util.Optional;
import java.util.Set;

/** The web client's routes, where the settings switch it on (always in dev). */
@Module
public interface WebClientModule {

    @Provides
    @ElementsIntoSet
    static Set<Routes> webClientRoutes(WebSettings settings, Optional<GoogleSettings> google) {
        return settings.webClient() ? Set.of(new WebClientRoutes(ClientConfig.of(settings.devLoginEnabled(), google))) : Set.of();
    }
}
