package com.harufilm.adapters.web.diary;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.diary.AddTimestamp;
import com.harufilm.application.diary.DeleteTimestamp;
import com.harufilm.application.diary.DeleteVideo;
import com.harufilm.application.diary.GetMonthCalendar;
import com.harufilm.application.diary.GetTodayFeed;
import com.harufilm.application.diary.GetTodayQuestions;
import com.harufilm.application.diary.GetVideoByDate;
import com.harufilm.application.diary.GetVideo;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The video, diary and question routes, added to the API's set of routes. */
@Module
public interface DiaryWebModule {

    @Provides
    @IntoSet
    static Routes videoRoutes(GetVideo getVideo, WebSettings settings, GetMonthCalendar calendar,
                              GetTodayFeed feed, GetVideoByDate byDate, AddTimestamp addTimestamp, DeleteTimestamp deleteTimestamp,
                              DeleteVideo deleteVideo) {
        // One group, so the diary's fixed paths are registered before /videos/{videoId} could take them.
        Routes diary = new DiaryRoutes(new DiaryRoutes.Deps(calendar, feed, byDate, addTimestamp, deleteTimestamp, deleteVideo,
                settings.publicUrl()));
        Routes videos = new VideoRoutes(getVideo, settings.publicUrl());
        return routes -> {
            diary.addTo(routes);
            videos.addTo(routes);
        };
    }

    @Provides
    @IntoSet
    static Routes questionRoutes(GetTodayQuestions questions) {
        return new QuestionRoutes(questions);
    }
}
