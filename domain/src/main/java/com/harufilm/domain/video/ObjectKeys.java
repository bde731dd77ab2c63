package com.harufilm.domain.video;

import com.harufilm.domain.user.UserId;
import java.util.regex.Pattern;

/**
 * Where a video's objects live: under its owner's prefix (so deleting an account sweeps them) and
 * a random name (so no one can guess a key from ids).
 */
public final class ObjectKeys {

    private static final String SOURCE = "source";
    private static final Pattern VIDEO_PREFIX = Pattern.compile("users/[1-9][0-9]*/videos/[A-Za-z0-9_-]{16,}/");

    private ObjectKeys() {
    }

    /** The folder of one video: source, renditions, playlists and thumbnail. */
    public static String videoPrefix(UserId owner, String randomName) {
        if (!randomName.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalArgumentException("a video's object name must be random and URL-safe");
        }
        return owner.objectPrefix() + "videos/" + randomName + "/";
    }

    /** Whether a key prefix names exactly one video's folder (never a user's or the whole bucket). */
    public static boolean isVideoPrefix(String prefix) {
        return VIDEO_PREFIX.matcher(prefix).matches();
    }

    public static String sourceKey(String videoPrefix) {
        return videoPrefix + SOURCE;
    }

    /** Where the HLS ladder goes: master.m3u8 on top, one folder per rendition. */
    public static String hlsPrefix(String videoPrefix) {
        return videoPrefix + "hls/";
    }

    public static String masterPlaylistKey(String videoPrefix) {
        return hlsPrefix(videoPrefix) + "master.m3u8";
    }

    public static String thumbnailKey(String videoPrefix) {
        return videoPrefix + "thumbnail.jpg";
    }

    /** The video folder a source key lies in. */
    public static String videoPrefixOf(String sourceKey) {
        if (!sourceKey.endsWith("/" + SOURCE)) {
            throw new IllegalArgumentException("not a source key: " + sourceKey);
        }
        return sourceKey.substring(0, sourceKey.length() - SOURCE.length());
    }
}
