package com.harufilm.domain.question;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which prompts a date gets: a fixed rotation through the bank by date, so everyone whose
 * calendar shows the same date sees the same questions all day, in the app and in the evening
 * reminder alike.
 */
public final class QuestionRotation {

    public static final int PER_DAY = 3;

    private QuestionRotation() {
    }

    /** The ids (1..bankSize) of the date's questions, in the order they are asked. */
    public static List<Integer> idsFor(LocalDate date, int bankSize) {
        long first = date.toEpochDay() * PER_DAY;
        return IntStream.range(0, Math.min(PER_DAY, bankSize))
                .mapToObj(i -> (int) Math.floorMod(first + i, (long) bankSize) + 1)
                .toList();
    }
}
