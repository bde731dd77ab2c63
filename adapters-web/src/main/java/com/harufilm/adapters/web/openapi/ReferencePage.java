package com.harufilm.adapters.web.openapi;

import com.harufilm.adapters.web.Access;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI over /openapi.json at /docs, from the swagger-ui webjar packed with the API, so the
 * page needs nothing from a CDN and works offline.
 */
final class ReferencePage {

    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String OWN = "/com/harufilm/adapters/web/openapi/";

    /** Path under /docs -> the asset and its media type. */
    private final Map<String, Asset> assets;

    private record Asset(byte[] bytes, String contentType) {
    }

    private ReferencePage(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static ReferencePage load() {
        String ui = WEBJAR + webjarVersion() + "/";
        return new ReferencePage(Map.of(
                "", new Asset(bytes(OWN + "reference.html"), "text/html; charset=utf-8"),
                "/reference.js", new Asset(bytes(OWN + "reference.js"), "text/javascript; charset=utf-8"),
                "/swagger-ui.css", new Asset(bytes(ui + "swagger-ui.css"), "text/css; charset=utf-8"),
                "/swagger-ui-bundle.js", new Asset(bytes(ui + "swagger-ui-bundle.js"), "text/javascript; charset=utf-8")));
    }

    void addTo(JavalinDefaultRoutingApi routes) {
        assets.forEach((path, asset) -> routes.get("/docs" + path,
                ctx -> ctx.contentType(asset.contentType()).header("Cache-Control", "public, max-age=3600").result(asset.bytes()),
                Access.PUBLIC));
    }

    /** The webjar keeps its files under its version; its Maven metadata names it. */
    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = open("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the swagger-ui webjar's version", e);
        }
        return pom.getProperty("version");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ReferencePage.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath (the reference page needs org.webjars:swagger-ui)");
        }
        return in;
    }
}
