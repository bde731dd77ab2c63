package com.harufilm.adapters.web.playback;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.VideoIds;
import com.harufilm.application.playback.ServePlayback;
import com.harufilm.domain.error.VideoNotFound;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** A video's HLS playlists behind signed links that any player can open. */
public final class PlaybackRoutes implements Routes {

    private final ServePlayback servePlayback;

    public PlaybackRoutes(ServePlayback servePlayback) {
        this.servePlayback = servePlayback;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/videos/{videoId}/playback/<path>", this::playlist, Access.PUBLIC);
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
