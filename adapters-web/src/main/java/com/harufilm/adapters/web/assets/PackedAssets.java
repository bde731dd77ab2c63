package com.harufilm.adapters.web.assets;

import com.harufilm.adapters.web.Access;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Files packed in the API's jars (its own and webjars), read once at start and served at fixed
 * public paths: pages and scripts never come from a CDN, and a missing file stops the start
 * rather than a visitor's page.
 */
public final class PackedAssets {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "webmanifest", "application/manifest+json");

    private record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    /** Serves the classpath {@code resource} at {@code path}. */
    public PackedAssets add(String path, String resource) {
        assets.put(path, new Asset(bytes(resource), mediaType(resource)));
        return this;
    }

    public void addTo(JavalinDefaultRoutingApi routes) {
        // Pages are revalidated so a new release shows at once; scripts and styles may be kept an hour.
        assets.forEach((path, asset) -> routes.get(path, ctx -> ctx.contentType(asset.contentType())
                .header("Cache-Control", asset.contentType().startsWith("text/html") ? "no-cache" : "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .result(asset.bytes()), Access.PUBLIC));
    }

    /** Where a webjar keeps its files: under its version, which its Maven metadata names. */
    public static String webjarRoot(String groupId, String artifactId) {
        Properties pom = new Properties();
        try (InputStream in = open("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + artifactId + " webjar's version", e);
        }
        return "/META-INF/resources/webjars/" + artifactId + "/" + pom.getProperty("version") + "/";
    }

    /** The media type of a file of one of the kinds pages are made of, by its extension. */
    public static String mediaType(String name) {
        String type = MEDIA_TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            throw new IllegalArgumentException("no media type known for " + name);
        }
        return type;
    }

    /** The classpath {@code resource}'s bytes; empty when no jar has it. */
    public static Optional<byte[]> find(String resource) {
        try (InputStream in = PackedAssets.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static byte[] bytes(String resource) {
        return find(resource).orElseThrow(() -> missing(resource));
    }

    private static InputStream open(String resource) {
        InputStream in = PackedAssets.class.getResourceAsStream(resource);
        if (in == null) {
            throw missing(resource);
        }
        return in;
    }

    private static IllegalStateException missing(String resource) {
        return new IllegalStateException(resource + " is not on the classpath (is its jar a dependency of the API?)");
    }
}
