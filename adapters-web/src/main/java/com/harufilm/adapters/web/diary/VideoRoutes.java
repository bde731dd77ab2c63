package com.harufilm.adapters.web.diary;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.Routes;
import com.harufilm.application.diary.GetVideo;
import com.harufilm.application.playback.ServePlayback;
import com.harufilm.domain.error.VideoNotFound;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.jspecify.annotations.Nullable;

/** A video as the app follows it, and its HLS playlists behind signed links that any player can open. */
public final class VideoRoutes implements Routes {

    private final GetVideo getVideo;
    private final ServePlayback servePlayback;
    private final @Nullable String publicUrl;

    /** {@code publicUrl}: how clients reach the API (behind a proxy); null to take it from each request. */
    public VideoRoutes(GetVideo getVideo, ServePlayback servePlayback, @Nullable String publicUrl) {
        this.getVideo = getVideo;
        this.servePlayback = servePlayback;
        this.publicUrl = publicUrl;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/videos/{videoId}", this::get);
        routes.get("/videos/{videoId}/playback/<path>", this::playlist, Access.PUBLIC);
    }

    private void get(Context ctx) {
        var view = getVideo.get(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")));
        ctx.json(VideoResponse.from(view, publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host()));
    }

    private void playlist(Context ctx) {
        String expires = ctx.queryParam("expires");
        String signature = ctx.queryParam("signature");
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            throw new VideoNotFound("video " + ctx.pathParam("videoId") + " not found (the playback link is incomplete)");
        }
        String playlist = servePlayback.playlist(VideoIds.parse(ctx.pathParam("videoId")), ctx.pathParam("path"),
                Long.parseLong(expires), signature);
        ctx.header("Cache-Control", "private, max-age=60").contentType("application/vnd.apple.mpegurl").result(playlist);
    }
}
