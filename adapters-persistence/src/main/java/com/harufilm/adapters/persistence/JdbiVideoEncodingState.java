package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The encoder's reports on a video (started, progress, done, failed), each a guarded UPDATE so a
 * redelivered or late report cannot move a finished video back.
 */
final class JdbiVideoEncodingState implements VideoEncodingState {

    // Compare-and-set for VideoStatus.canMoveTo: only PENDING or ENCODING take reports (takesReports); COMPLETE and FAILED are final.
    private static final String UNFINISHED = " WHERE id = :id AND status IN ('PENDING', 'ENCODING')";
    private static final int MAX_REASON_LENGTH = 500;

    private record Owner(long userId, String outputPrefix) {
    }

    private final JdbiHandles handles;

    JdbiVideoEncodingState(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public boolean markEncoding(VideoId id, Instant now) {
        // ENCODING again is allowed: a redelivered job restarts the encode, so progress starts over.
        return handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE videos SET status = 'ENCODING', encoding_progress = 0, status_changed_at = :now, updated_at = :now"""
                        + UNFINISHED)
                .bind("id", id.value()).bind("now", now).execute()) > 0;
    }

    @Override
    public void updateProgress(VideoId id, double fraction, Instant now) {
        // Not status_changed_at: progress is no status change, and the stuck-job sweep must still see an old one.
        // The guard: progress counts only while ENCODING, and never moves backwards.
        handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE videos SET encoding_progress = :fraction, updated_at = :now
                        WHERE id = :id AND status = 'ENCODING' AND encoding_progress < :fraction""")
                .bind("id", id.value()).bind("fraction", fraction).bind("now", now).execute());
    }

    @Override
    public boolean markComplete(VideoId id, EncodedVideo result, Instant now) {
        return handles.inTransaction(handle -> {
            Optional<Owner> owner = handle.createQuery("SELECT user_id, output_prefix FROM videos WHERE id = :id")
                    .bind("id", id.value())
                    .map((rs, ctx) -> new Owner(rs.getLong("user_id"), rs.getString("output_prefix")))
                    .findOne();
            if (owner.isEmpty()) {
                return false;
            }
            long userId = owner.get().userId();
            int ordinal = MemoryOrdinals.lockCount(handle, userId) + 1;
            boolean completed = handle.createUpdate("""
                            UPDATE videos SET status = 'COMPLETE', duration_sec = :duration, width = :width, height = :height,
                                              thumbnail_key = :thumbnail, encoding_progress = NULL, failure_reason = NULL,
                                              memory_ordinal = :ordinal, status_changed_at = :now, updated_at = :now"""
                            + UNFINISHED)
                    .bind("id", id.value()).bind("duration", result.durationSec()).bind("width", result.width())
                    .bind("height", result.height()).bind("thumbnail", ObjectKeys.thumbnailKey(owner.get().outputPrefix()))
                    .bind("ordinal", ordinal).bind("now", now)
                    .execute() > 0;
            if (!completed) {
                // A repeated report: the owner's row was only locked, nothing changed.
                return false;
            }
            MemoryOrdinals.counted(handle, userId, ordinal);
            replaceRenditions(handle, id, result.renditions());
            return true;
        });
    }

    @Override
    public boolean markPlayable(VideoId id, EncodedVideo firstCut, Instant now) {
        // Only while ENCODING (takesPlayable): a report that arrives after COMPLETE must not replace the ladder.
        return handles.inTransaction(handle -> {
            Optional<String> prefix = handle.createQuery("SELECT output_prefix FROM videos WHERE id = :id")
                    .bind("id", id.value()).mapTo(String.class).findOne();
            boolean playable = prefix.isPresent() && handle.createUpdate("""
                            UPDATE videos SET duration_sec = :duration, width = :width, height = :height,
                                              thumbnail_key = :thumbnail, updated_at = :now
                            WHERE id = :id AND status = 'ENCODING'""")
                    .bind("id", id.value()).bind("duration", firstCut.durationSec()).bind("width", firstCut.width())
                    .bind("height", firstCut.height()).bind("thumbnail", ObjectKeys.thumbnailKey(prefix.get())).bind("now", now)
                    .execute() > 0;
            if (playable) {
                replaceRenditions(handle, id, firstCut.renditions());
            }
            return playable;
        });
    }

    @Override
    public boolean markFailed(VideoId id, String reason, Instant now) {
        // Cut to the column rather than fail: a reason that cannot be stored would leave the video ENCODING for good.
        String stored = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        return handles.inTransaction(handle -> {
            boolean failed = handle.createUpdate("""
                            UPDATE videos SET status = 'FAILED', failure_reason = :reason, encoding_progress = NULL,
                                              status_changed_at = :now, updated_at = :now"""
                            + UNFINISHED)
                    .bind("id", id.value()).bind("reason", stored).bind("now", now).execute() > 0;
            if (failed) {
                // A first rendition published while it encoded is not watched any more: FAILED lists none.
                replaceRenditions(handle, id, List.of());
            }
            return failed;
        });
    }

    private static void replaceRenditions(Handle handle, VideoId id, List<Rendition> renditions) {
        // Rows a crashed earlier attempt may have left would otherwise clash on (video_id, height).
        handle.createUpdate("DELETE FROM video_renditions WHERE video_id = :video").bind("video", id.value()).execute();
        if (renditions.isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch("""
                INSERT INTO video_renditions (video_id, height, width, bandwidth, playlist_key)
                VALUES (:video, :height, :width, :bandwidth, :playlist)""");
        for (Rendition rendition : renditions) {
            batch.bind("video", id.value()).bind("height", rendition.height()).bind("width", rendition.width())
                    .bind("bandwidth", rendition.bandwidth()).bind("playlist", rendition.playlistKey()).add();
        }
        batch.execute();
    }
}
