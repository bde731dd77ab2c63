package com.harufilm.adapters.media.push;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.util.function.Consumer;

/**
 * An HTTP transport for firebase-admin that sends what it addresses to Google (FCM's API, the
 * OAuth token endpoint) to another base URL, keeping path and query: how a staging API or a test
 * reaches an FCM stand-in, since firebase-admin has no setting for FCM's address.
 */
public final class FcmRerouting {

    private FcmRerouting() {
    }

    public static HttpTransport transportTo(URI base) {
        return transportTo(base, url -> { });
    }

    /** As {@link #transportTo(URI)}, telling {@code onRequest} each URL asked for, before rerouting. */
    public static HttpTransport transportTo(URI base, Consumer<URL> onRequest) {
        return new NetHttpTransport.Builder()
                .setConnectionFactory(url -> {
                    onRequest.accept(url);
                    return (HttpURLConnection) target(url, base).openConnection(Proxy.NO_PROXY);
                })
                .build();
    }

    private static URL target(URL url, URI base) throws IOException {
        if (!url.getHost().endsWith("googleapis.com") && !url.getHost().startsWith("oauth2")) {
            return url;
        }
        try {
            return URI.create(base.toString().replaceAll("/+$", "") + url.getFile()).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IOException("cannot reroute " + url + " to " + base, e);
        }
    }
}
