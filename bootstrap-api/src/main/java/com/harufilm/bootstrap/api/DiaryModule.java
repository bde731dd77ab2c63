package com.harufilm.bootstrap.api;

import com.harufilm.application.diary.AddTimestamp;
import com.harufilm.application.diary.DeleteTimestamp;
import com.harufilm.application.diary.DeleteVideo;
import com.harufilm.application.diary.GetMonthCalendar;
import com.harufilm.application.diary.GetTodayFeed;
import com.harufilm.application.diary.GetTodayQuestions;
import com.harufilm.application.diary.GetVideoByDate;
import com.harufilm.application.diary.VideoViews;
import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.application.upload.UploadSettings;
import dagger.Module;
import dagger.Provides;
import java.security.SecureRandom;
import java.time.Clock;

/** The diary's use cases. */
@Module
interface DiaryModule {

    @Provides
    static VideoViews videoViews(VideoTimestamps timestamps, SignedLinks links, PlaybackSigner signer, EncodingSettings settings) {
        return new VideoViews(timestamps, links, signer, settings.playbackLinkLifetime());
    }

    @Provides
    static GetMonthCalendar getMonthCalendar(VideoRepository videos, VideoViews views) {
        return new GetMonthCalendar(videos, views);
    }

    @Provides
    static GetTodayFeed getTodayFeed(UserRepository users, VideoRepository videos, DiaryReads reads, VideoViews views, Clock clock) {
        return new GetTodayFeed(users, videos, reads, views, new SecureRandom(), clock);
    }

    @Provides
    static GetVideoByDate getVideoByDate(VideoRepository videos, DiaryReads reads, VideoViews views) {
        return new GetVideoByDate(videos, reads, views);
    }

    @Provides
    static AddTimestamp addTimestamp(UserRepository users, DiaryReads reads, VideoTimestamps timestamps, Transactions transactions, UploadSettings uploads,
                                     Clock clock) {
        return new AddTimestamp(users, reads, timestamps, transactions, uploads.maxTimestampsPerVideo(), clock);
    }

    @Provides
    static DeleteTimestamp deleteTimestamp(VideoRepository videos, VideoTimestamps timestamps) {
        return new DeleteTimestamp(videos, timestamps);
    }

    @Provides
    static DeleteVideo deleteVideo(VideoRepository videos, ObjectDeletions deletions, Transactions transactions, Clock clock) {
        return new DeleteVideo(videos, deletions, transactions, clock);
    }

    @Provides
    static GetTodayQuestions getTodayQuestions(UserRepository users, QuestionBank bank, Clock clock) {
        return new GetTodayQuestions(users, bank, clock);
    }
}
