package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.StreamFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The master playlist of a source served as it is. ffmpeg leaves CODECS out when it copies
 * streams, and players then guess (hls.js may pick the wrong decoder): it is written here from
 * the probe, in RFC 6381's form for H.264 (profile, constraint flags, level, in hex) and AAC-LC.
 */
final class SourceMaster {

    // profile_idc and the constraint flags byte each profile is written with.
    private static final Map<String, String> PROFILES = Map.of("Constrained Baseline", "42E0", "Baseline", "4200",
            "Main", "4D40", "High", "6400");

    private SourceMaster() {
    }

    static String write(MediaInfo info, int bandwidth, String playlist) {
        return "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=" + bandwidth + ",RESOLUTION=" + info.width() + "x" + info.height()
                + ",CODECS=\"" + codecs(info) + "\"\n" + playlist + "\n";
    }

    static String codecs(MediaInfo info) {
        StreamFormat format = info.format();
        String video = "avc1." + PROFILES.get(format.profile()) + String.format(Locale.ROOT, "%02X", format.level());
        return info.hasAudio() ? video + ",mp4a.40.2" : video;
    }
}
