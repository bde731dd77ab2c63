package com.harufilm.adapters.web.diary;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.PublicBase;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.VideoIds;
import com.harufilm.application.diary.GetVideo;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.jspecify.annotations.Nullable;

/** A video as the app follows it. */
public final class VideoRoutes implements Routes {

    private final GetVideo getVideo;
    private final @Nullable String publicUrl;

    /** {@code publicUrl}: how clients reach the API (behind a proxy); null to take it from each request. */
    public VideoRoutes(GetVideo getVideo, @Nullable String publicUrl) {
        this.getVideo = getVideo;
        this.publicUrl = publicUrl;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/videos/{videoId}", this::get);
    }

    private void get(Context ctx) {
        var view = getVideo.get(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")));
        ctx.json(VideoResponse.from(view, new PublicBase(publicUrl).of(ctx)));
    }
}
