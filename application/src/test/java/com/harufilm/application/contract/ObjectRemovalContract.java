package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.MultipartUploads.PendingUpload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What ObjectRemoval promises: a prefix leaves the store whole, objects and open uploads, and nothing beside it. */
public abstract class ObjectRemovalContract extends StoreContract {

    @Test
    void deletingAPrefixRemovesWhatIsUnderItAndNothingBeside() throws Exception {
        String video = key("users/3/videos/");
        Path file = Files.writeString(folder.resolve("part"), "bytes");
        store.objects().upload(file, video + "/source", "video/mp4");
        store.objects().upload(file, video + "/hls/master.m3u8", "application/vnd.apple.mpegurl");
        store.objects().upload(file, video + "-other/source", "video/mp4");

        store.removal().deletePrefix(video + "/");
        store.removal().deletePrefix(video + "/");

        assertEquals(Optional.empty(), store.objects().sizeOf(video + "/source"));
        assertEquals(Optional.empty(), store.objects().sizeOf(video + "/hls/master.m3u8"));
        assertEquals(Optional.of(5L), store.objects().sizeOf(video + "-other/source"));
    }

    @Test
    void deletingAPrefixAbortsTheUploadsOpenUnderItSoTheirPartUrlsStoreNothing() throws Exception {
        String user = key("users/4/");
        String doomed = store.uploads().startMultipartUpload(user + "/a/source", "video/mp4");
        String other = store.uploads().startMultipartUpload(user + "-other/a/source", "video/mp4");
        var partUrl = store.uploads().presignPartUpload(user + "/a/source", doomed, 1, 5, Duration.ofMinutes(15));

        store.removal().deletePrefix(user + "/");

        assertEquals(List.of(), store.uploads().listPendingUploads(user + "/"));
        assertEquals(List.of(other), store.uploads().listPendingUploads(user).stream().map(PendingUpload::storeUploadId).toList());
        assertEquals(404, store.follower().put(partUrl.url(), "bytes".getBytes(StandardCharsets.UTF_8)).status());
    }
}
