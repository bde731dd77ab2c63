package com.harufilm.application.playback;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.VideoDetails;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a stored HLS playlist for one reader: references to further playlists keep pointing at
 * the API (with the reader's credential appended), segment references become presigned object
 * store URLs, so the bytes never pass through the API.
 */
public final class PlaylistRewriter {

    private static final Pattern PLAYLIST_PATH = Pattern.compile("([A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+\\.m3u8");
    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]+)\"");

    private final ObjectStore store;
    private final SignedLinks links;

    public PlaylistRewriter(ObjectStore store, SignedLinks links) {
        this.store = store;
        this.links = links;
    }

    /**
     * The playlist at {@code path} (e.g. "master.m3u8", "720p/index.m3u8") of the playable video;
     * {@code query} is appended to playlist references, segments are signed for {@code validFor}.
     */
    public String rewrite(VideoDetails details, String path, String query, Duration validFor) {
        if (!PLAYLIST_PATH.matcher(path).matches()) {
            throw new VideoNotFound("no playlist " + path + " in video " + details.video().id());
        }
        String hlsPrefix = ObjectKeys.hlsPrefix(details.video().outputPrefix());
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : "";
        StringBuilder out = new StringBuilder();
        for (String line : store.readText(hlsPrefix + path).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                out.append(line);
            } else if (trimmed.startsWith("#")) {
                out.append(rewriteUriAttributes(line, query));
            } else if (trimmed.endsWith(".m3u8")) {
                out.append(trimmed).append(query);
            } else {
                out.append(links.presignGet(hlsPrefix + folder + trimmed, validFor).url());
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** #EXT-X-MEDIA (the shared audio) names its playlist in a URI attribute. */
    private static String rewriteUriAttributes(String line, String query) {
        Matcher matcher = URI_ATTRIBUTE.matcher(line);
        return matcher.find() && matcher.group(1).endsWith(".m3u8")
                ? matcher.replaceFirst(Matcher.quoteReplacement("URI=\"" + matcher.group(1) + query + "\""))
                : line;
    }
}
