package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole objects through the S3 adapters, as the encoder moves them, and presigned GETs as a player fetches them. */
class S3ObjectTransfersIT {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final String SEGMENT = "users/1/videos/abc/hls/720p/segment-000.ts";
    private static final String PLAYLIST = "users/1/videos/abc/hls/master.m3u8";
    private static final String M3U8 = "application/vnd.apple.mpegurl";

    private final PlainHttpClient http = new PlainHttpClient();

    @TempDir
    Path directory;

    private LocalObjectStore local;
    private ObjectStore store;
    private SignedLinks links;

    @BeforeEach
    void startServer() throws Exception {
        // The server's folder apart from the files the tests write, so neither sees the other's.
        local = LocalObjectStore.start(directory.resolve("store"), List.of(), NOW);
        store = local.ports().objects();
        links = local.ports().links();
    }

    @AfterEach
    void stopServer() throws Exception {
        http.close();
        local.close();
    }

    @Test
    void anUploadedFileDownloadsToTheSameBytesReplacingTheTarget() throws Exception {
        byte[] bytes = bytes(300_000);
        Path target = Files.writeString(directory.resolve("downloaded.ts"), "an older, longer file than the object".repeat(10_000));

        store.upload(file("segment.ts", bytes), SEGMENT, "video/mp2t");
        store.download(SEGMENT, target);

        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals("video/mp2t", local.s3.headObject(head -> head.bucket(LocalObjectStore.BUCKET).key(SEGMENT)).contentType());
    }

    @Test
    void uploadingAgainReplacesTheObject() throws Exception {
        store.upload(file("first.m3u8", "#EXTM3U\nfirst\n".getBytes(StandardCharsets.UTF_8)), PLAYLIST, M3U8);

        store.upload(file("second.m3u8", "#EXTM3U\n".getBytes(StandardCharsets.UTF_8)), PLAYLIST, M3U8);

        assertEquals("#EXTM3U\n", store.readText(PLAYLIST));
        assertEquals(Optional.of(8L), store.sizeOf(PLAYLIST));
    }

    @Test
    void anObjectReadsAsUtf8Text() throws Exception {
        String text = "#EXTM3U\n#EXT-X-VERSION:3\n# 하루 필름\n";
        store.upload(file("master.m3u8", text.getBytes(StandardCharsets.UTF_8)), PLAYLIST, M3U8);

        assertEquals(text, store.readText(PLAYLIST));
    }

    @Test
    void aPresignedGetServesTheObjectToAPlainClientUntilItExpires() throws Exception {
        byte[] bytes = bytes(4096);
        store.upload(file("segment.ts", bytes), SEGMENT, "video/mp2t");

        PresignedUrl url = links.presignGet(SEGMENT, QUARTER_HOUR);
        var answer = http.get(url.url());

        assertEquals(NOW.plus(QUARTER_HOUR).plus(ReusedSignedLinks.reuseWindow(QUARTER_HOUR)), url.expiresAt(),
                "signed for the quarter hour asked and the window it is reused in");
        assertEquals(200, answer.statusCode());
        assertArrayEquals(bytes, answer.body());
    }

    @Test
    void anExpiredPresignedGetIsRefused() throws Exception {
        store.upload(file("segment.ts", bytes(10)), SEGMENT, "video/mp2t");
        URI url = links.presignGet(SEGMENT, Duration.ofSeconds(1)).url();
        Thread.sleep(2000);

        assertEquals(403, http.get(url).statusCode());
    }

    @Test
    void aTamperedPresignedGetIsRefused() throws Exception {
        store.upload(file("segment.ts", bytes(10)), SEGMENT, "video/mp2t");
        URI tampered = LocalObjectStore.tampered(links.presignGet(SEGMENT, QUARTER_HOUR).url());

        assertEquals(403, http.get(tampered).statusCode());
    }

    @Test
    void aMissingObjectCannotBeDownloadedOrRead() {
        Path target = directory.resolve("never.ts");

        var download = assertThrows(DependencyFailure.class, () -> store.download("users/1/nothing.ts", target));
        var read = assertThrows(DependencyFailure.class, () -> store.readText("users/1/nothing.m3u8"));

        assertEquals(ErrorCode.S3_UPLOAD_FAILED, download.code());
        assertEquals(ErrorCode.S3_UPLOAD_FAILED, read.code());
        // Short and about the store: no URL, bucket or key in what may reach a client.
        assertEquals("downloading an object failed: the store answered 404 NoSuchKey", download.getMessage());
        assertFalse(Files.exists(target));
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(directory.resolve(name), bytes);
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
