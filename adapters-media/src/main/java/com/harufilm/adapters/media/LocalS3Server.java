package com.harufilm.adapters.media;

import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.shaded.org.eclipse.jetty.server.Connector;
import org.gaul.shaded.org.eclipse.jetty.server.HttpConnectionFactory;
import org.gaul.shaded.org.eclipse.jetty.server.Server;

/**
 * A real S3 API server on loopback, backed by a folder (S3Proxy), so the embedded run and the
 * tests use the one S3 adapter and real presigned URLs. Not for production.
 */
public final class LocalS3Server implements AutoCloseable {

    private final S3Proxy proxy;
    private final ObjectStoreSettings settings;

    private LocalS3Server(S3Proxy proxy, ObjectStoreSettings settings) {
        this.proxy = proxy;
        this.settings = settings;
    }

    /**
     * Starts on {@code port} (0 for any free one) with {@code bucket} created under {@code directory},
     * answering CORS for {@code webOrigins} on the verbs browsers use for part uploads and playback.
     */
    public static LocalS3Server start(Path directory, int port, String bucket, List<String> webOrigins) throws Exception {
        Files.createDirectories(directory);
        var blobStore = new FilesystemNio2BlobStore(directory.toAbsolutePath().toString());
        if (!blobStore.containerExists(bucket)) {
            blobStore.createContainer(bucket);
        }
        String accessKey = "haru-local";
        String secretKey = "haru-local-secret";
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new OpenUploadsOnly(blobStore))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .corsRules(new CrossOriginResourceSharing(
                        webOrigins.stream().map(Pattern::quote).toList(),
                        List.of("GET", "HEAD", "PUT"),
                        List.of("*"),
                        List.of("ETag"),
                        "false"))
                .build();
        takeNoBodyForForm(proxy);
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        return new LocalS3Server(proxy, new ObjectStoreSettings(endpoint, "us-east-1", bucket, accessKey, secretKey, true));
    }

    /**
     * Jetty reads the body of a PUT (or POST) sent as {@code application/x-www-form-urlencoded} as
     * form fields, which S3Proxy then sees as query parameters (the signature fails) and without its
     * bytes. S3 reads no request body as a form: curl's and urllib's default Content-Type must store a
     * part like any other. S3Proxy builds its Jetty server privately, hence the reflection.
     */
    private static void takeNoBodyForForm(S3Proxy proxy) throws ReflectiveOperationException {
        Field field = S3Proxy.class.getDeclaredField("server");
        field.setAccessible(true);
        for (Connector connector : ((Server) field.get(proxy)).getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setFormEncodedMethods();
            }
        }
    }

    /** How the S3 adapter reaches this server. */
    public ObjectStoreSettings settings() {
        return settings;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
