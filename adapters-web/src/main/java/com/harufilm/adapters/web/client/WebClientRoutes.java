package com.harufilm.adapters.web.client;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.assets.PackedAssets;
import com.harufilm.adapters.web.assets.PagePolicy;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web client: its page at / and its modules, styles and images under /app/, packed in this
 * jar (no build step, no CDN). Only flat file names of known kinds are served, so no path leaves
 * the client's folder; anything else under /app/ is the API's ordinary 404. /app/config.json is
 * made from the settings, not packed.
 */
public final class WebClientRoutes implements Routes {

    private static final String FOLDER = "/com/harufilm/adapters/web/client/";
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css|svg|png|json|webmanifest)");

    private final byte[] page = PackedAssets.find(FOLDER + "index.html").orElseThrow(() -> new IllegalStateException("the web client has no index.html"));
    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();
    private final byte[] config;

    WebClientRoutes(ClientConfig config) {
        this.config = config.json();
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::page, Access.PUBLIC);
        routes.get("/app/config.json", this::config, Access.PUBLIC);
        routes.get("/app/{file}", this::file, Access.PUBLIC);
    }

    private void page(Context ctx) {
        PagePolicy.applyTo(ctx, "no-cache").result(page);
    }

    private void config(Context ctx) {
        revalidated(ctx).contentType("application/json").result(config);
    }

    private void file(Context ctx) {
        String name = ctx.pathParam("file");
        var matcher = FILE.matcher(name);
        Optional<byte[]> bytes = matcher.matches() ? files.computeIfAbsent(name, known -> PackedAssets.find(FOLDER + known)) : Optional.empty();
        if (bytes.isEmpty()) {
            ctx.status(404);
            return;
        }
        revalidated(ctx).contentType(PackedAssets.mediaType(name)).result(bytes.get());
    }

    // Revalidated on every load, so a new release's modules never mix with the old ones.
    private static Context revalidated(Context ctx) {
        return ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff");
    }
}
