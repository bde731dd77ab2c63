package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.video.MediaInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command lines the encoder runs. The ladder is the fastest shape measured in
 * ../shared/toolchain.md: one decode, a scaling cascade (each rung scaled from the one above,
 * bilinear), AAC encoded once and shared by every rung as an audio group. Output names are
 * relative: ffmpeg runs inside the output folder, so a '%' in its path cannot turn into a pattern.
 */
final class FfmpegCommands {

    static final String MASTER = "master.m3u8";
    static final String PLAYLIST = "index.m3u8";
    static final String THUMBNAIL = "thumbnail.jpg";
    static final int AUDIO_KBPS = 128;
    static final int SEGMENT_SEC = 4;
    /** The source's own segments are short: the first one is what a viewer waits for. */
    static final int SOURCE_SEGMENT_SEC = 2;
    static final String SOURCE_RENDITION = "source";
    static final String MEASURED_MASTER = "measured.m3u8";
    static final int THUMBNAIL_LONG_SIDE = 480;

    /**
     * What every run may open as its input: the containers phones record (mp4/mov/3gp/m4v are the
     * mov demuxer's, then matroska/webm), as a local file only. A playlist or concat list posing as
     * a video is refused rather than followed to other files.
     */
    static final List<String> INPUT_LIMITS = List.of("-format_whitelist", "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm",
            "-protocol_whitelist", "file");

    private FfmpegCommands() {
    }

    static List<String> probeCommand(Path ffprobe, Path source) {
        List<String> command = new ArrayList<>(List.of(ffprobe.toString(), "-v", "error"));
        command.addAll(INPUT_LIMITS);
        command.addAll(List.of("-print_format", "json", "-show_streams", "-show_format", source.toAbsolutePath().toString()));
        return command;
    }

    /** Each video packet's time and length, one {@code pts_time,duration_time} line each, read without decoding. */
    static List<String> packetTimesCommand(Path ffprobe, Path source) {
        List<String> command = new ArrayList<>(List.of(ffprobe.toString(), "-v", "error"));
        command.addAll(INPUT_LIMITS);
        command.addAll(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0",
                source.toAbsolutePath().toString()));
        return command;
    }

    /**
     * The whole ladder in one run; progress goes to stdout as key=value lines. Reading stops at the
     * longest duration taken, whatever the container claims.
     */
    static List<String> ladderCommand(Path ffmpeg, Path source, MediaInfo info, LadderPlan plan, MediaSettings settings) {
        List<Rung> rungs = plan.rungs();
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-v", "error", "-y",
                "-nostats", "-progress", "pipe:1"));
        command.addAll(INPUT_LIMITS);
        command.addAll(List.of("-t", String.format(Locale.ROOT, "%.3f", settings.acceptedSeconds()),
                "-i", source.toAbsolutePath().toString(), "-filter_complex", filterGraph(info, rungs)));
        for (int i = 0; i < rungs.size(); i++) {
            command.addAll(List.of("-map", "[v" + i + "]"));
        }
        if (info.hasAudio()) {
            command.addAll(List.of("-map", "0:a:0"));
        }
        // A keyframe every 2 s by timestamp, not by frame count: phones record variable frame rates,
        // and every rung sees the same frames, so segments cut at the same instants in all of them.
        command.addAll(List.of("-c:v", "libx264", "-preset", settings.x264Preset(), "-profile:v", "high",
                "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0"));
        if (info.format().dynamicRange().isHdr()) {
            // What the tone-mapping made; an SDR source keeps its own tags (BT.601 phones stay BT.601).
            command.addAll(List.of("-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709"));
        }
        for (int i = 0; i < rungs.size(); i++) {
            // maxrate = target with a one-second buffer keeps every segment near the BANDWIDTH the master states.
            String rate = rungs.get(i).videoKbps() + "k";
            command.addAll(List.of("-b:v:" + i, rate, "-maxrate:v:" + i, rate, "-bufsize:v:" + i, rate));
        }
        if (info.hasAudio()) {
            command.addAll(List.of("-c:a", "aac", "-b:a", AUDIO_KBPS + "k", "-ac", "2"));
        }
        command.addAll(List.of("-max_muxing_queue_size", "4096",
                "-f", "hls", "-hls_time", String.valueOf(SEGMENT_SEC), "-hls_playlist_type", "vod",
                "-hls_flags", "independent_segments", "-hls_segment_type", "mpegts",
                "-hls_segment_filename", "%v/seg_%03d.ts", "-master_pl_name", MASTER,
                "-var_stream_map", streamMap(rungs, info.hasAudio()), "%v/" + PLAYLIST));
        return command;
    }

    /**
     * The source's own streams copied, not coded, into one HLS rendition: segments are cut at its
     * keyframes, so this takes about as long as reading the file. ffmpeg's master is only read for
     * the BANDWIDTH it measured; the encoder writes the one it publishes (with CODECS).
     */
    static List<String> remuxCommand(Path ffmpeg, Path source, MediaInfo info, MediaSettings settings) {
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-v", "error", "-y"));
        command.addAll(INPUT_LIMITS);
        command.addAll(List.of("-t", String.format(Locale.ROOT, "%.3f", settings.acceptedSeconds()),
                "-i", source.toAbsolutePath().toString(), "-map", "0:v:0"));
        if (info.hasAudio()) {
            command.addAll(List.of("-map", "0:a:0"));
        }
        command.addAll(List.of("-c", "copy", "-f", "hls", "-hls_time", String.valueOf(SOURCE_SEGMENT_SEC),
                "-hls_playlist_type", "vod", "-hls_flags", "independent_segments", "-hls_segment_type", "mpegts",
                "-hls_segment_filename", "%v/seg_%03d.ts", "-master_pl_name", MEASURED_MASTER,
                "-var_stream_map", (info.hasAudio() ? "v:0,a:0" : "v:0") + ",name:" + SOURCE_RENDITION, "%v/" + PLAYLIST));
        return command;
    }

    /**
     * A JPEG from about 1 s in (the first frame of shorter clips); -ss before -i seeks without
     * decoding up to it. An HDR frame is tone-mapped like the ladder, after the downscale (cheaper).
     */
    static List<String> thumbnailCommand(Path ffmpeg, Path source, MediaInfo info) {
        double scale = Math.min(1.0, (double) THUMBNAIL_LONG_SIDE / Math.max(info.width(), info.height()));
        String size = LadderPlan.even(info.width() * scale) + ":" + LadderPlan.even(info.height() * scale);
        String filters = "scale=" + size + (info.format().dynamicRange().isHdr() ? "," + toSdr(info) : "");
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-v", "error", "-y"));
        command.addAll(INPUT_LIMITS);
        command.addAll(List.of("-ss", info.durationSec() >= 2 ? "1" : "0", "-i", source.toAbsolutePath().toString(),
                "-frames:v", "1", "-vf", filters, "-q:v", "3", "-update", "1", THUMBNAIL));
        return command;
    }

    /**
     * Largest rung first: the full-size picture (converted to 8-bit 4:2:0 SDR once, before the
     * split, after any downscale to it, so a 4K HDR source is tone-mapped at 1080p), then each
     * smaller rung scaled from the previous one, which is cheaper than from full size. Outputs are
     * labelled [v0] (smallest) .. [vN].
     */
    static String filterGraph(MediaInfo info, List<Rung> rungs) {
        List<String> chains = new ArrayList<>();
        String input = "[0:v]";
        int width = info.width();
        int height = info.height();
        for (int i = rungs.size() - 1; i >= 0; i--) {
            Rung rung = rungs.get(i);
            List<String> filters = new ArrayList<>();
            if (rung.width() != width || rung.height() != height) {
                filters.add("scale=" + rung.width() + ":" + rung.height() + ":flags=bilinear");
            }
            if (i == rungs.size() - 1) {
                filters.add(toSdr(info));
            }
            String outputs = "[v" + i + "]";
            if (i > 0) {
                filters.add("split=2");
                outputs += "[s" + i + "]";
            }
            chains.add(input + String.join(",", filters) + outputs);
            input = "[s" + i + "]";
            width = rung.width();
            height = rung.height();
        }
        return String.join(";", chains);
    }

    /**
     * To 8-bit 4:2:0 BT.709 SDR, which is what the H.264 ladder's players show. HDR is tone-mapped
     * in linear light (npl=100: 100 nits is SDR white), with the source's transfer and BT.2020
     * primaries and matrix given, not read from the frames, so a stream whose tags are partly
     * missing still converts (zscale stops with "no path between colorspaces" otherwise). Mobius
     * keeps tones up to about SDR white as they are and rolls off only the highlights; hable, the
     * other usual curve, turned a 100-nit white into 62% grey where mobius kept 84%.
     * desat=0 keeps colours saturated instead of greying the bright ones.
     */
    private static String toSdr(MediaInfo info) {
        return switch (info.format().dynamicRange()) {
            case SDR -> "format=yuv420p";
            case HLG -> toneMap("arib-std-b67");
            case PQ -> toneMap("smpte2084");
        };
    }

    private static String toneMap(String transfer) {
        return "zscale=tin=" + transfer + ":pin=bt2020:min=bt2020nc:t=linear:p=bt709:npl=100,format=gbrpf32le,"
                + "tonemap=mobius:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p";
    }

    /** Folders by rung name; with sound, every rung points at the one audio rendition (group "aud"). */
    private static String streamMap(List<Rung> rungs, boolean hasAudio) {
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < rungs.size(); i++) {
            streams.add("v:" + i + (hasAudio ? ",agroup:aud" : "") + ",name:" + rungs.get(i).name());
        }
        if (hasAudio) {
            streams.add("a:0,agroup:aud,name:audio");
        }
        return String.join(" ", streams);
    }
}
