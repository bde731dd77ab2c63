package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What SignedLinks promises: a GET link gives the object's bytes to anyone until it expires, then to nobody. */
public abstract class SignedLinksContract extends StoreContract {

    /** Lets {@code time} go by for the store's signatures (the fake's clock moves; S3's is real). */
    protected abstract void letPass(Duration time) throws Exception;

    @Test
    void aLinkGivesTheObjectsBytesUntilItExpires() throws Exception {
        String key = key("users/1/videos/") + "/hls/640p/seg_000.ts";
        Path file = Files.writeString(folder.resolve("seg_000.ts"), "segment bytes, 하루");
        store.objects().upload(file, key, "video/mp2t");

        PresignedUrl link = store.links().presignGet(key, Duration.ofMinutes(15));
        var answer = store.follower().get(link.url());

        assertFalse(link.expiresAt().isBefore(PortContract.NOW.plus(Duration.ofMinutes(15))), "valid at least as long as asked: " + link);
        assertEquals(200, answer.status());
        assertArrayEquals(Files.readAllBytes(file), answer.body());
    }

    @Test
    void anExpiredLinkGivesNothing() throws Exception {
        String key = key("users/1/videos/") + "/thumbnail.jpg";
        store.objects().upload(Files.writeString(folder.resolve("thumbnail.jpg"), "jpeg"), key, "image/jpeg");
        PresignedUrl link = store.links().presignGet(key, Duration.ofSeconds(1));

        letPass(Duration.ofSeconds(2));

        assertEquals(403, store.follower().get(link.url()).status());
    }
}
