package com.harufilm.application.fakes;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The diary's reads of an {@link InMemoryVideos}, ordered as the database orders them. */
public final class InMemoryDiaryReads implements DiaryReads {

    private final InMemoryVideos videos;

    InMemoryDiaryReads(InMemoryVideos videos) {
        this.videos = videos;
    }

    @Override
    public Optional<VideoDetails> details(VideoId id) {
        return videos.findById(id).map(this::detailsOf);
    }

    @Override
    public Optional<VideoDetails> details(UserId owner, VideoId id) {
        return videos.findById(owner, id).map(this::detailsOf);
    }

    @Override
    public int completeCount(UserId userId) {
        return videos.completeCount(userId);
    }

    @Override
    public List<VideoDetails> byOrdinals(UserId userId, List<Integer> ordinals) {
        return complete(userId).filter(video -> ordinals.contains(videos.ordinals.get(video.id())))
                .sorted(Comparator.comparing(video -> videos.ordinals.get(video.id())))
                .map(this::detailsOf).toList();
    }

    @Override
    public List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates) {
        return complete(userId).filter(video -> dates.contains(video.uploadDate()))
                .sorted(Comparator.comparing(Video::uploadDate).reversed())
                .map(this::detailsOf).toList();
    }

    private java.util.stream.Stream<Video> complete(UserId userId) {
        return videos.rows.values().stream().filter(v -> v.ownedBy(userId) && v.status() == VideoStatus.COMPLETE);
    }

    /** Without timestamps, which come from their own port; renditions shortest first. */
    private VideoDetails detailsOf(Video video) {
        EncodedVideo result = videos.encoded.get(video.id());
        // Kept from COMPLETE, or from a first rendition while ENCODING; FAILED drops it.
        boolean complete = result != null;
        return new VideoDetails(video, videos.progress.get(video.id()), videos.failures.get(video.id()),
                complete ? result.durationSec() : null, complete ? result.width() : null, complete ? result.height() : null,
                complete ? result.renditions().stream().sorted(Comparator.comparingInt(Rendition::height)).toList() : List.of(),
                List.of());
    }
}
