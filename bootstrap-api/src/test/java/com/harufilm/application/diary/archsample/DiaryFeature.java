package com.harufilm.application.diary.archsample;

/** A feature class another feature must not reach into. */
public final class DiaryFeature {
}
