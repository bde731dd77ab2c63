package com.harufilm.application.diary;


import com.harufilm.application.diary.GetVideo.VideoView;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import java.time.LocalDate;
import java.util.List;

/** The caller's video of one day, with its timestamps if they load. */
public final class GetVideoByDate {

    private final VideoRepository videos;
    private final DiaryReads reads;
    private final VideoViews views;

    public GetVideoByDate(VideoRepository videos, DiaryReads reads, VideoViews views) {
        this.videos = videos;
        this.reads = reads;
        this.views = views;
    }

    public VideoView get(UserId caller, LocalDate date) {
        VideoDetails details = videos.findByDate(caller, date)
                .flatMap(video -> reads.details(caller, video.id()))
                .orElseThrow(() -> new VideoNotFound("no video on " + date));
        return views.withTimestamps(caller, List.of(details)).getFirst();
    }
}
