package com.harufilm.adapters.web.openapi;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.assets.PackedAssets;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.jspecify.annotations.Nullable;

/** The contract as JSON for client generators, and where switched on, its reference page at /docs. */
public final class OpenApiRoutes implements Routes {

    private final byte[] document = OpenApiDocument.json();
    private final @Nullable PackedAssets referencePage;

    /** {@code referencePage}: whether /docs serves the document's reference page. */
    public OpenApiRoutes(boolean referencePage) {
        this.referencePage = referencePage ? ReferencePage.load() : null;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document), Access.PUBLIC);
        if (referencePage != null) {
            referencePage.addTo(routes);
        }
    }
}
