package com.harufilm.application.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.encoding.Encoding;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.EncodingEvent;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServePlaybackTest {

    private final Encoding encoding = new Encoding();
    private final ServePlayback playback = new ServePlayback(encoding.data.videos.reads, new PlaylistRewriter(encoding.store, encoding.store), encoding.signer);
    private final String hls = "users/7/videos/abcdefghijklmnop/hls/";

    @BeforeEach
    void aCompleteVideo() {
        encoding.apply().apply(new EncodingEvent.Completed(encoding.video.id(), encoding.encoded()));
        encoding.store.contents.put(hls + "master.m3u8", """
                #EXTM3U
                #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="audio_0",DEFAULT=YES,URI="audio/index.m3u8"
                #EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=360x640,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aud"
                640p/index.m3u8
                """);
        encoding.store.contents.put(hls + "640p/index.m3u8", """
                #EXTM3U
                #EXT-X-TARGETDURATION:4
                #EXTINF:4.000000,
                seg_000.ts
                #EXT-X-ENDLIST
                """);
    }

    @Test
    void theMasterPassesTheSignatureOnToEveryPlaylist() {
        var link = encoding.signer.sign(encoding.video.id());
        String query = "?expires=" + link.expires() + "&signature=" + link.signature();

        String master = playback.playlist(encoding.video.id(), "master.m3u8", link.expires(), link.signature());

        assertEquals("""
                #EXTM3U
                #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="audio_0",DEFAULT=YES,URI="audio/index.m3u8%s"
                #EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=360x640,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aud"
                640p/index.m3u8%s
                """.formatted(query, query), master);
    }

    @Test
    void aRenditionPointsItsSegmentsAtTheObjectStore() {
        var link = encoding.signer.sign(encoding.video.id());

        String rendition = playback.playlist(encoding.video.id(), "640p/index.m3u8", link.expires(), link.signature());

        assertEquals("""
                #EXTM3U
                #EXT-X-TARGETDURATION:4
                #EXTINF:4.000000,
                http://store/%s640p/seg_000.ts?signed&expires=%d
                #EXT-X-ENDLIST
                """.formatted(hls, link.expires()), rendition);
    }

    @Test
    void anAlteredOrExpiredLinkIsRefusedAsIfThereWereNoVideo() {
        var link = encoding.signer.sign(encoding.video.id());

        assertThrows(VideoNotFound.class, () -> playback.playlist(encoding.video.id(), "master.m3u8", link.expires() + 1, link.signature()));
        assertThrows(VideoNotFound.class, () -> playback.playlist(encoding.video.id(), "../../other/master.m3u8", link.expires(),
                link.signature()));
        encoding.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThrows(VideoNotFound.class, () -> playback.playlist(encoding.video.id(), "master.m3u8", link.expires(), link.signature()));
    }
}
