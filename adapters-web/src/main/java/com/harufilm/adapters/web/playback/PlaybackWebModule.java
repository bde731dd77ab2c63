package com.harufilm.adapters.web.playback;

import com.harufilm.adapters.web.Routes;
import com.harufilm.application.playback.ServePlayback;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The Playback routes, added to the API's set of routes. */
@Module
public interface PlaybackWebModule {

    @Provides
    @IntoSet
    static Routes playbackRoutes(ServePlayback servePlayback) {
        return new PlaybackRoutes(servePlayback);
    }
}
