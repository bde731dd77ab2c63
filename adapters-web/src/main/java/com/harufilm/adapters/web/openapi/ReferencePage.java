package com.harufilm.adapters.web.openapi;

import com.harufilm.adapters.web.assets.PackedAssets;

/**
 * Swagger UI over /openapi.json at /docs, from the swagger-ui webjar packed with the API, so the
 * page needs nothing from a CDN and works offline.
 */
final class ReferencePage {

    private static final String OWN = "/com/harufilm/adapters/web/openapi/";

    private ReferencePage() {
    }

    static PackedAssets load() {
        String ui = PackedAssets.webjarRoot("org.webjars", "swagger-ui");
        return new PackedAssets()
                .add("/docs", OWN + "reference.html")
                .add("/docs/reference.js", OWN + "reference.js")
                .add("/docs/swagger-ui.css", ui + "swagger-ui.css")
                .add("/docs/swagger-ui-bundle.js", ui + "swagger-ui-bundle.js");
    }
}
