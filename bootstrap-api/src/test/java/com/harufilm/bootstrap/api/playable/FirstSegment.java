package com.harufilm.bootstrap.api.playable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a player does before it shows a picture: fetch the master playlist, its first rendition's
 * playlist and that playlist's first segment, with no headers. The segment is then decoded by
 * ffmpeg, so "playable" means a picture, not just a URL.
 */
final class FirstSegment {

    /** The first rendition's STREAM-INF line and when its first segment had arrived (System.nanoTime). */
    record Fetched(String streamInf, long arrivedAtNanos, Path segment) {
    }

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FirstSegment() {
    }

    static Fetched fetch(URI master, Path into) throws IOException, InterruptedException {
        List<String> masterLines = text(master).lines().toList();
        int inf = indexOf(masterLines, "#EXT-X-STREAM-INF", master);
        URI playlist = master.resolve(nextUri(masterLines, inf, master));
        List<String> playlistLines = text(playlist).lines().toList();
        URI segment = playlist.resolve(nextUri(playlistLines, indexOf(playlistLines, "#EXTINF", playlist), playlist));
        HttpResponse<Path> saved = http.send(HttpRequest.newBuilder(segment).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofFile(into));
        long arrived = System.nanoTime();
        if (saved.statusCode() != 200) {
            throw new IOException("segment " + segment + " answered " + saved.statusCode());
        }
        return new Fetched(masterLines.get(inf), arrived, into);
    }

    /** ffmpeg decodes every frame of it without a complaint. */
    static boolean decodes(Path segment) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-nostdin", "-i", segment.toString(), "-f", "null", "-")
                .redirectErrorStream(true).start();
        String complaints = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return ffmpeg.waitFor() == 0 && complaints.isBlank() && Files.size(segment) > 0;
    }

    private static String text(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int indexOf(List<String> lines, String tag, URI of) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(tag)) {
                return i;
            }
        }
        throw new IOException("no " + tag + " in " + of);
    }

    private static String nextUri(List<String> lines, int after, URI of) throws IOException {
        for (int i = after + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return line;
            }
        }
        throw new IOException("no URI after line " + (after + 1) + " of " + of);
    }
}
