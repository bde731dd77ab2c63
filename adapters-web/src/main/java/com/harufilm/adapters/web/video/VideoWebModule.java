package com.harufilm.adapters.web.video;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.encoding.GetVideo;
import com.harufilm.application.encoding.ServePlayback;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The video and playback routes, added to the API's set of routes. */
@Module
public interface VideoWebModule {

    @Provides
    @IntoSet
    static Routes videoRoutes(GetVideo getVideo, ServePlayback servePlayback, WebSettings settings) {
        return new VideoRoutes(getVideo, servePlayback, settings.publicUrl());
    }
}
