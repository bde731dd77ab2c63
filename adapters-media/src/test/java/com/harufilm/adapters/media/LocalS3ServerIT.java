package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The embedded run's S3 server, spoken to by the production S3 client. */
class LocalS3ServerIT {

    private static final String ORIGIN = "http://localhost:8080";

    @TempDir
    Path directory;

    @Test
    void storesObjectsThatSurviveARestart() throws Exception {
        try (var server = LocalS3Server.start(directory, 0, "haru", List.of(ORIGIN));
             S3Client s3 = S3StorageModule.s3Client(server.settings())) {
            s3.putObject(put -> put.bucket("haru").key("users/1/clip.mp4"), RequestBody.fromString("bytes"));
        }
        try (var server = LocalS3Server.start(directory, 0, "haru", List.of(ORIGIN));
             S3Client s3 = S3StorageModule.s3Client(server.settings())) {
            assertEquals("bytes", s3.getObjectAsBytes(get -> get.bucket("haru").key("users/1/clip.mp4")).asUtf8String());
            assertDoesNotThrow(() -> S3StorageModule.objectStoreProbe(s3, server.settings()).check());
        }
    }

    @Test
    void theProbeFailsWhenTheBucketIsMissing() throws Exception {
        try (var server = LocalS3Server.start(directory, 0, "haru", List.of(ORIGIN));
             S3Client s3 = S3StorageModule.s3Client(server.settings())) {
            var elsewhere = new ObjectStoreSettings(server.settings().endpoint(), "us-east-1", "missing",
                    server.settings().accessKeyId(), server.settings().secretAccessKey(), true);
            assertThrows(Exception.class, () -> S3StorageModule.objectStoreProbe(s3, elsewhere).check());
        }
    }

    @Test
    void browsersFromAConfiguredOriginMayPutPartsAndReadTheEtag() throws Exception {
        try (var server = LocalS3Server.start(directory, 0, "haru", List.of(ORIGIN))) {
            URI object = server.settings().endpoint().resolve("/haru/users/1/clip.mp4");
            try (var http = new PlainHttpClient()) {
                var allowed = http.preflightPut(object, ORIGIN);
                var refused = http.preflightPut(object, "http://evil.example");

                assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
                assertTrue(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
                assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            }
        }
    }
}
