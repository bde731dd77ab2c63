package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.application.testsupport.HttpAnswer;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 adapters when the store is away (nothing answers at its address, it hangs up, or it answers
 * 500 InternalError): every call fails with S3_UNAVAILABLE, which clients are told as a 503 to retry,
 * and the core sees the port's failures, never the SDK's.
 */
class S3ObjectStoreUnreachableIT {

    @TempDir
    Path directory;

    @Test
    void nothingAnsweringIsAnOutage() throws Exception {
        everyCallFailsAsUnavailable(new ObjectStoreSettings(URI.create("http://127.0.0.1:1"), "us-east-1", "haru", "id", "secret", true));
    }

    @Test
    void aStoreHangingUpIsAnOutage() throws Exception {
        try (var server = LocalS3Server.start(directory.resolve("s3"), 0, "haru", List.of());
             var proxy = new FaultProxy(server.settings().endpoint().getPort())) {
            proxy.drop();
            everyCallFailsAsUnavailable(throughProxy(server, proxy));
        }
    }

    @Test
    void aStoreAnswering500IsAnOutage() throws Exception {
        try (var server = LocalS3Server.start(directory.resolve("s3"), 0, "haru", List.of());
             var proxy = new FaultProxy(server.settings().endpoint().getPort())) {
            proxy.answer(HttpAnswer.S3_INTERNAL_ERROR);
            everyCallFailsAsUnavailable(throughProxy(server, proxy));
        }
    }

    private static ObjectStoreSettings throughProxy(LocalS3Server server, FaultProxy proxy) {
        var direct = server.settings();
        return new ObjectStoreSettings(URI.create("http://127.0.0.1:" + proxy.port()), direct.region(), direct.bucket(),
                direct.accessKeyId(), direct.secretAccessKey(), true);
    }

    private void everyCallFailsAsUnavailable(ObjectStoreSettings store) throws Exception {
        Path file = Files.writeString(directory.resolve("segment.ts"), "bytes");
        try (S3Client client = S3StorageModule.s3Client(store); S3Presigner signer = S3UploadStorageModule.s3Presigner(store)) {
            var objects = S3StorageModule.objectStore(client, client, store);
            var uploads = S3UploadStorageModule.multipartUploads(client, signer, store, Clock.systemUTC());
            var removal = S3UploadStorageModule.objectRemoval(client, uploads, store);
            List<Runnable> calls = List.of(
                    () -> uploads.startMultipartUpload("k", "video/mp4"),
                    () -> uploads.listParts("k", "u"),
                    () -> uploads.completeMultipartUpload("k", "u", List.of(new StoredPart(1, "e", 1))),
                    () -> uploads.abortMultipartUpload("k", "u"),
                    () -> uploads.listPendingUploads("k"),
                    () -> objects.sizeOf("k"),
                    () -> removal.deletePrefix("k"),
                    () -> objects.download("k", directory.resolve("k")),
                    () -> objects.upload(file, "k", "video/mp2t"),
                    () -> objects.readText("k"));
            for (Runnable call : calls) {
                var failure = assertThrows(DependencyFailure.class, call::run);
                assertEquals(ErrorCode.S3_UNAVAILABLE, failure.code(), failure.getMessage());
                assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
            }
        }
    }
}
