package com.harufilm.adapters.media;

import com.harufilm.application.contract.StoreContract.OpenStore;
import com.harufilm.application.contract.StoreContract.StorePorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 adapters as S3UploadStorageModule wires them, on a local S3 server in a folder, for the
 * tests; the raw client alongside, to set up and inspect the bucket behind the adapters' back.
 */
final class LocalObjectStore implements OpenStore {

    static final String BUCKET = "haru";

    final S3Client s3;
    /** The four ports on one bucket, with a plain HTTP follower of their URLs. */
    private final StorePorts ports;
    private final LocalS3Server server;
    private final S3Client transfers;
    private final S3Presigner presigner;
    private final PlainLinkFollower follower;

    private LocalObjectStore(LocalS3Server server, S3Client s3, S3Client transfers, S3Presigner presigner, Clock clock) {
        this.server = server;
        this.s3 = s3;
        this.transfers = transfers;
        this.presigner = presigner;
        this.follower = new PlainLinkFollower();
        var settings = server.settings();
        var uploads = S3UploadStorageModule.multipartUploads(s3, presigner, settings, clock);
        this.ports = new StorePorts(S3StorageModule.objectStore(s3, transfers, settings), uploads,
                S3UploadStorageModule.signedLinks(presigner, settings, clock), S3UploadStorageModule.objectRemoval(s3, uploads, settings),
                follower);
    }

    /** The adapters' clock stands at {@code now}; the server and the signatures keep real time. */
    static LocalObjectStore start(Path directory, List<String> webOrigins, Instant now) throws Exception {
        LocalS3Server server = LocalS3Server.start(directory, 0, BUCKET, webOrigins);
        return new LocalObjectStore(server, S3StorageModule.s3Client(server.settings()), S3StorageModule.transferClient(server.settings()),
                S3UploadStorageModule.s3Presigner(server.settings()), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    public StorePorts ports() {
        return ports;
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
        follower.close();
        presigner.close();
        transfers.close();
        s3.close();
        server.close();
    }
}
