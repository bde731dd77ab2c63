package com.harufilm.application.diary;


import com.harufilm.application.diary.GetVideo.VideoView;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import java.time.YearMonth;
import java.util.List;

/** The caller's days of one month that have a video, in date order: one range query over (user, date). */
public final class GetMonthCalendar {

    private final VideoRepository videos;
    private final VideoViews views;

    public GetMonthCalendar(VideoRepository videos, VideoViews views) {
        this.videos = videos;
        this.views = views;
    }

    public List<VideoView> month(UserId caller, YearMonth month) {
        return videos.findBetween(caller, month.atDay(1), month.plusMonths(1).atDay(1)).stream()
                .map(video -> views.view(new VideoDetails(video, null, null, null, null, null, List.of(), List.of())))
                .toList();
    }
}
