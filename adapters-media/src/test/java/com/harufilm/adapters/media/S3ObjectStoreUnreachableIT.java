package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 adapters when nothing answers at the store's address: the core sees the port's failures, never the SDK's. */
class S3ObjectStoreUnreachableIT {

    @TempDir
    Path directory;

    @Test
    void anUnreachableStoreFailsWithTheStoresCodes() throws Exception {
        Path file = Files.writeString(directory.resolve("segment.ts"), "bytes");
        var nowhere = new ObjectStoreSettings(URI.create("http://127.0.0.1:1"), "us-east-1", "haru", "id", "secret", true);
        try (S3Client client = S3StorageModule.s3Client(nowhere); S3Presigner signer = S3UploadStorageModule.s3Presigner(nowhere)) {
            var objects = S3StorageModule.objectStore(client, client, nowhere);
            var uploads = S3UploadStorageModule.multipartUploads(client, signer, nowhere, Clock.systemUTC());
            var removal = S3UploadStorageModule.objectRemoval(client, uploads, nowhere);
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
                assertTrue(failure.code().name().matches("(S3|UPLOAD)_.*"), failure.code().name());
                assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
            }
        }
    }
}
