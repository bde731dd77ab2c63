package com.harufilm.application.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MemoryDrawTest {

    @Test
    void drawsDistinctOrdinalsWithinRange() {
        var random = new SplittableRandom(3);
        for (int count = 0; count <= 10; count++) {
            List<Integer> drawn = MemoryDraw.draw(count, 4, random);
            assertEquals(Math.min(4, count), drawn.size());
            assertEquals(drawn.size(), new HashSet<>(drawn).size(), "no repeats");
            int max = count;
            assertTrue(drawn.stream().allMatch(o -> o >= 1 && o <= max));
        }
    }

    /** Chi-square over 200,000 draws of 3 from 20: every ordinal equally likely (p > 0.001). */
    @Test
    void everyOrdinalIsEquallyLikely() {
        var random = new SplittableRandom(11);
        int count = 20;
        int draws = 200_000;
        long[] seen = new long[count + 1];
        for (int i = 0; i < draws; i++) {
            MemoryDraw.draw(count, 3, random).forEach(o -> seen[o]++);
        }
        double expected = draws * 3.0 / count;
        double chiSquare = 0;
        for (int o = 1; o <= count; o++) {
            chiSquare += Math.pow(seen[o] - expected, 2) / expected;
        }
        // 19 degrees of freedom: the 0.999 quantile is 43.8.
        assertTrue(chiSquare < 43.8, "chi-square " + chiSquare);
    }
}
