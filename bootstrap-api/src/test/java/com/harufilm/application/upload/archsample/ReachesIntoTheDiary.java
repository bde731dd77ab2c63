package com.harufilm.application.upload.archsample;

import com.harufilm.application.diary.archsample.DiaryFeature;

/** Breaks featuresMeetOnlyInTheDomainAndThePorts: one feature using another's class. */
public record ReachesIntoTheDiary(DiaryFeature diary) {
}
