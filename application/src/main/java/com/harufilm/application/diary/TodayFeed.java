package com.harufilm.application.diary;

import com.harufilm.application.diary.GetVideo.VideoView;
import java.time.LocalDate;
import java.util.List;

/** The home screen: whether today is filmed, memories drawn at random, and this day in earlier years. */
public record TodayFeed(LocalDate today, boolean hasTodayVideo, List<VideoView> memories, List<VideoView> onThisDay) {
}
