package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.DependencyFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasterPlaylistTest {

    private static final Rung HD = new Rung("720p", 1280, 720, 3000);

    @Test
    void readsTheVariantWithQuotedCommas() {
        var master = MasterPlaylist.parse(List.of("#EXTM3U",
                "#EXT-X-STREAM-INF:BANDWIDTH=3440800,RESOLUTION=1280x720,CODECS=\"avc1.64001f,mp4a.40.2\",AUDIO=\"group_aud\"",
                "720p/index.m3u8"));

        assertEquals(new MasterPlaylist.Variant("720p/index.m3u8", 3440800, "1280x720", "avc1.64001f,mp4a.40.2"),
                master.videoVariant("720p/index.m3u8", HD));
    }

    @Test
    void aVariantWithoutCodecsIsRefused() {
        var master = MasterPlaylist.parse(List.of("#EXT-X-STREAM-INF:BANDWIDTH=3440800,RESOLUTION=1280x720", "720p/index.m3u8"));

        assertThrows(DependencyFailure.class, () -> master.videoVariant("720p/index.m3u8", HD));
        assertThrows(DependencyFailure.class, () -> master.videoVariant("1080p/index.m3u8", HD));
    }
}
