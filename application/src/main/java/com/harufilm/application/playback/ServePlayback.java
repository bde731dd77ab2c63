package com.harufilm.application.playback;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;

/**
 * Serves a video's HLS playlists behind a signed link. Playlist references carry the link's
 * signature on to the next playlist.
 */
public final class ServePlayback {

    private final DiaryReads videos;
    private final PlaylistRewriter playlists;
    private final PlaybackSigner signer;

    public ServePlayback(DiaryReads videos, PlaylistRewriter playlists, PlaybackSigner signer) {
        this.videos = videos;
        this.playlists = playlists;
        this.signer = signer;
    }

    /** The playlist at {@code path} (e.g. "master.m3u8", "720p/index.m3u8") of the video, rewritten for this link. */
    public String playlist(VideoId id, String path, long expires, String signature) {
        signer.verify(id, expires, signature);
        VideoDetails details = videos.details(id)
                .filter(VideoDetails::playable)
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
        return playlists.rewrite(details, path, "?expires=" + expires + "&signature=" + signature, signer.remaining(expires));
    }
}
