package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ObjectStore.StoredPart;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 adapter when nothing answers at the store's address: the core sees the port's failures, never the SDK's. */
class S3ObjectStoreUnreachableIT {

    @TempDir
    Path directory;

    @Test
    void anUnreachableStoreFailsWithTheStoresCodes() throws Exception {
        Path file = Files.writeString(directory.resolve("segment.ts"), "bytes");
        var nowhere = new ObjectStoreSettings(URI.create("http://127.0.0.1:1"), "us-east-1", "haru", "id", "secret", true);
        try (S3Client client = S3StorageModule.s3Client(nowhere); S3Presigner signer = S3StorageModule.s3Presigner(nowhere)) {
            ObjectStore unreachable = S3StorageModule.objectStore(client, client, signer, nowhere, Clock.systemUTC());
            List<Consumer<ObjectStore>> calls = List.of(
                    it -> it.startMultipartUpload("k", "video/mp4"),
                    it -> it.listParts("k", "u"),
                    it -> it.completeMultipartUpload("k", "u", List.of(new StoredPart(1, "e", 1))),
                    it -> it.abortMultipartUpload("k", "u"),
                    it -> it.listPendingUploads("k"),
                    it -> it.sizeOf("k"),
                    it -> it.deletePrefix("k"),
                    it -> it.download("k", directory.resolve("k")),
                    it -> it.upload(file, "k", "video/mp2t"),
                    it -> it.readText("k"));
            for (Consumer<ObjectStore> call : calls) {
                var failure = assertThrows(DependencyFailure.class, () -> call.accept(unreachable));
                assertTrue(failure.code().name().matches("(S3|UPLOAD)_.*"), failure.code().name());
                assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
            }
        }
    }
}
