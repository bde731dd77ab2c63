package com.harufilm.application.port.out;

import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;

/**
 * A video's encoding state as the encoder's reports move it (VideoStatus.canMoveTo): each change is
 * a compare-and-set, so a redelivered or late report cannot move a finished video back.
 */
public interface VideoEncodingState {

    /** PENDING becomes ENCODING (progress 0); false when the video is no longer PENDING or ENCODING. */
    boolean markEncoding(VideoId id, Instant now);

    /** Records progress of an ENCODING video; ignored in any other state, and never moving backwards. */
    void updateProgress(VideoId id, double fraction, Instant now);

    /**
     * An ENCODING video gets the metadata and first renditions it can be watched with while the
     * ladder is encoded; false in any other state (a late report after COMPLETE or FAILED).
     */
    boolean markPlayable(VideoId id, EncodedVideo firstCut, Instant now);

    /** PENDING or ENCODING becomes COMPLETE with its metadata and renditions; false when it was not (a repeated report). */
    boolean markComplete(VideoId id, EncodedVideo result, Instant now);

    /** PENDING or ENCODING becomes FAILED with a reason a user understands; false when it was not. */
    boolean markFailed(VideoId id, String reason, Instant now);
}
