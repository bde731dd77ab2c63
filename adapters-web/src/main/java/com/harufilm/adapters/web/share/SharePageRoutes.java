package com.harufilm.adapters.web.share;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.PublicBase;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.assets.PackedAssets;
import com.harufilm.adapters.web.assets.PagePolicy;
import com.harufilm.application.share.OpenSharedDay;
import com.harufilm.application.share.ServeSharedMedia;
import com.harufilm.domain.error.ShareNotFound;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * What anyone holding a share link may open, without a login: the page, its playlists (small,
 * rewritten here) and its thumbnail (a redirect to the store). Nothing is cached, so a revoked
 * link ends at once; no Referer leaves the page, so the token is not handed to the store.
 */
public final class SharePageRoutes implements Routes {

    private static final String ASSETS = "/com/harufilm/adapters/web/share/";

    private final OpenSharedDay open;
    private final ServeSharedMedia media;
    private final PublicBase base;
    private final SharePage page = new SharePage();
    private final PackedAssets assets = new PackedAssets()
            .add("/assets/hls.min.js", PackedAssets.webjarRoot("org.webjars.npm", "hls.js") + "dist/hls.min.js")
            .add("/assets/share.js", ASSETS + "share.js")
            .add("/assets/share.css", ASSETS + "share.css");

    public SharePageRoutes(OpenSharedDay open, ServeSharedMedia media, PublicBase base) {
        this.open = open;
        this.media = media;
        this.base = base;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/s/{token}", this::page, Access.PUBLIC);
        routes.get("/s/{token}/thumbnail.jpg", this::thumbnail, Access.PUBLIC);
        routes.get("/s/{token}/<path>", this::playlist, Access.PUBLIC);
        assets.addTo(routes);
    }

    private void page(Context ctx) {
        String token = ctx.pathParam("token");
        PagePolicy.applyTo(ctx, "no-store");
        try {
            ctx.result(page.day(open.open(token, LinkPreviewers.of(ctx.userAgent())), base.of(ctx), "/s/" + token, ctx.header("Accept-Language")));
        } catch (ShareNotFound ended) {
            ctx.status(404).result(page.ended(ctx.header("Accept-Language")));
        }
    }

    private void thumbnail(Context ctx) {
        ctx.status(302).header("Cache-Control", "no-store").header("Location", media.thumbnail(ctx.pathParam("token")).toString());
    }

    private void playlist(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("application/vnd.apple.mpegurl")
                .result(media.playlist(ctx.pathParam("token"), ctx.pathParam("path")));
    }
}
