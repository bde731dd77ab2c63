package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.domain.error.DependencyFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Transfers over a slow link: an object that takes longer than the small calls' whole-call
 * timeout to arrive still downloads, since transfers are bounded per read only. Timeouts here
 * are the production ones scaled down, so the test takes seconds.
 */
class S3SlowTransfersIT {

    private static final S3Timeouts SCALED_DOWN = new S3Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
    private static final String KEY = "users/1/videos/abc/source";

    @TempDir
    Path directory;

    @Test
    void aDownloadSlowerThanTheWholeCallTimeoutCompletesWhileASmallCallThatSlowIsCutOff() throws Exception {
        byte[] source = new byte[300_000];
        new Random(7).nextBytes(source);
        try (var local = LocalObjectStore.start(directory.resolve("store"), List.of(), Instant.now());
             var slowLink = new ThrottlingProxy(local.settings().endpoint(), 100_000)) {
            local.ports().objects().upload(Files.write(directory.resolve("upload"), source), KEY, "video/mp4");
            var throttled = new ObjectStoreSettings(slowLink.endpoint(), "us-east-1", LocalObjectStore.BUCKET,
                    local.settings().accessKeyId(), local.settings().secretAccessKey(), true);
            try (S3Client small = S3StorageModule.client(throttled, SCALED_DOWN, true);
                 S3Client transfers = S3StorageModule.client(throttled, SCALED_DOWN, false)) {
                ObjectStore store = S3StorageModule.objectStore(small, transfers, throttled);
                Path target = directory.resolve("downloaded");

                long started = System.nanoTime();
                store.download(KEY, target);

                assertTrue(System.nanoTime() - started > Duration.ofSeconds(2).toNanos(), "the link is slower than the call timeout");
                assertArrayEquals(source, Files.readAllBytes(target));
                assertThrows(DependencyFailure.class, () -> store.readText(KEY), "a small call is still bounded as a whole");
            }
        }
    }
}
