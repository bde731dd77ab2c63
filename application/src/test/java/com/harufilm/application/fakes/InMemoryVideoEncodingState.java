package com.harufilm.application.fakes;

import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Instant;

/** The encoder's reports applied to an {@link InMemoryVideos}. */
public final class InMemoryVideoEncodingState implements VideoEncodingState {

    private final InMemoryVideos videos;

    InMemoryVideoEncodingState(InMemoryVideos videos) {
        this.videos = videos;
    }

    @Override
    public boolean markEncoding(VideoId id, Instant now) {
        if (!videos.move(id, VideoStatus.ENCODING, now)) {
            return false;
        }
        videos.progress.put(id, 0.0);
        return true;
    }

    @Override
    public void updateProgress(VideoId id, double fraction, Instant now) {
        if (videos.findById(id).filter(video -> video.status() == VideoStatus.ENCODING).isPresent()) {
            videos.progress.merge(id, fraction, Math::max);
        }
    }

    @Override
    public boolean markComplete(VideoId id, EncodedVideo result, Instant now) {
        return moveRecording(id, VideoStatus.COMPLETE, now, () -> videos.encoded.put(id, result));
    }

    @Override
    public boolean markPlayable(VideoId id, EncodedVideo firstCut, Instant now) {
        if (videos.findById(id).filter(video -> video.status() == VideoStatus.ENCODING).isEmpty()) {
            return false;
        }
        videos.encoded.put(id, firstCut);
        return true;
    }

    @Override
    public boolean markFailed(VideoId id, String reason, Instant now) {
        return moveRecording(id, VideoStatus.FAILED, now, () -> {
            videos.failures.put(id, reason);
            videos.encoded.remove(id);
        });
    }

    /** A final state keeps what the report brought, only when the move was allowed. */
    private boolean moveRecording(VideoId id, VideoStatus to, Instant now, Runnable record) {
        boolean moved = videos.move(id, to, now);
        if (moved) {
            record.run();
        }
        return moved;
    }
}
