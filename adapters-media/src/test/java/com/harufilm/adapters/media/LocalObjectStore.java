package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ObjectStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 adapter as S3StorageModule wires it, on a local S3 server in a folder, for the tests; the
 * raw client alongside, to set up and inspect the bucket behind the adapter's back.
 */
final class LocalObjectStore implements AutoCloseable {

    static final String BUCKET = "haru";

    final S3Client s3;
    final ObjectStore store;
    private final LocalS3Server server;
    private final S3Client transfers;
    private final S3Presigner presigner;

    private LocalObjectStore(LocalS3Server server, S3Client s3, S3Client transfers, S3Presigner presigner, ObjectStore store) {
        this.server = server;
        this.s3 = s3;
        this.transfers = transfers;
        this.presigner = presigner;
        this.store = store;
    }

    /** The adapter's clock stands at {@code now}; the server and the signatures keep real time. */
    static LocalObjectStore start(Path directory, List<String> webOrigins, Instant now) throws Exception {
        LocalS3Server server = LocalS3Server.start(directory, 0, BUCKET, webOrigins);
        S3Client s3 = S3StorageModule.s3Client(server.settings());
        S3Client transfers = S3StorageModule.transferClient(server.settings());
        S3Presigner presigner = S3StorageModule.s3Presigner(server.settings());
        return new LocalObjectStore(server, s3, transfers, presigner,
                S3StorageModule.objectStore(s3, transfers, presigner, server.settings(), Clock.fixed(now, ZoneOffset.UTC)));
    }

    /** Where the local server listens, and its keys. */
    ObjectStoreSettings settings() {
        return server.settings();
    }

    /** The URL with the last digit of its signature changed, as a forger would try. */
    static URI tampered(URI url) {
        String text = url.toString();
        char lastDigit = text.charAt(text.length() - 1);
        return URI.create(text.substring(0, text.length() - 1) + (lastDigit == '0' ? '1' : '0'));
    }

    @Override
    public void close() throws Exception {
        presigner.close();
        transfers.close();
        s3.close();
        server.close();
    }
}
