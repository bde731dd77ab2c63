package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.ObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ObjectStore promises for objects moved in and out, run on the S3 adapter and on the fake. */
public abstract class ObjectStoreContract {

    @TempDir
    protected Path folder;

    protected ObjectStore store;

    /** The store under test, empty; it may keep its files under {@link #folder}. */
    protected abstract ObjectStore openStore() throws Exception;

    protected void closeStore() throws Exception {
    }

    @BeforeEach
    final void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    final void close() throws Exception {
        closeStore();
    }

    @Test
    void anUploadedFileComesBackBySizeAsTextAndAsAFile() throws Exception {
        String key = key("users/1/videos/") + "/hls/master.m3u8";
        Path file = Files.writeString(folder.resolve("master.m3u8"), "#EXTM3U\n하루\n");

        store.upload(file, key, "application/vnd.apple.mpegurl");

        assertEquals(Optional.of(Files.size(file)), store.sizeOf(key));
        assertEquals("#EXTM3U\n하루\n", store.readText(key));
        Path target = Files.writeString(folder.resolve("downloaded"), "an older, longer file than the object".repeat(10));
        store.download(key, target);
        assertEquals("#EXTM3U\n하루\n", Files.readString(target));
    }

    @Test
    void aKeyNothingWasStoredUnderHasNoSize() {
        assertEquals(Optional.empty(), store.sizeOf(key("users/2/videos/") + "/source"));
    }

    @Test
    void deletingAPrefixRemovesWhatIsUnderItAndNothingBeside() throws Exception {
        String video = key("users/3/videos/");
        Path file = Files.writeString(folder.resolve("part"), "bytes");
        store.upload(file, video + "/source", "video/mp4");
        store.upload(file, video + "/hls/master.m3u8", "application/vnd.apple.mpegurl");
        store.upload(file, video + "-other/source", "video/mp4");

        store.deletePrefix(video + "/");
        store.deletePrefix(video + "/");

        assertEquals(Optional.empty(), store.sizeOf(video + "/source"));
        assertEquals(Optional.empty(), store.sizeOf(video + "/hls/master.m3u8"));
        assertEquals(Optional.of(5L), store.sizeOf(video + "-other/source"));
    }

    private static String key(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
