package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What ObjectStore promises for objects moved in and out, run on the S3 adapter and on the fake. */
public abstract class ObjectStoreContract extends StoreContract {

    @Test
    void anUploadedFileComesBackBySizeAsTextAndAsAFile() throws Exception {
        String key = key("users/1/videos/") + "/hls/master.m3u8";
        Path file = Files.writeString(folder.resolve("master.m3u8"), "#EXTM3U\n하루\n");

        store.objects().upload(file, key, "application/vnd.apple.mpegurl");

        assertEquals(Optional.of(Files.size(file)), store.objects().sizeOf(key));
        assertEquals("#EXTM3U\n하루\n", store.objects().readText(key));
        Path target = Files.writeString(folder.resolve("downloaded"), "an older, longer file than the object".repeat(10));
        store.objects().download(key, target);
        assertEquals("#EXTM3U\n하루\n", Files.readString(target));
    }

    @Test
    void aKeyNothingWasStoredUnderHasNoSize() {
        assertEquals(Optional.empty(), store.objects().sizeOf(key("users/2/videos/") + "/source"));
    }
}
