package com.harufilm.application.diary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws a uniformly random set of distinct ordinals from 1..count: Floyd's sampling, so the cost
 * depends on how many are drawn, never on how many videos there are.
 */
final class MemoryDraw {

    private MemoryDraw() {
    }

    static List<Integer> draw(int count, int wanted, RandomGenerator random) {
        int k = Math.min(wanted, count);
        Set<Integer> chosen = new HashSet<>();
        List<Integer> drawn = new ArrayList<>();
        for (int j = count - k + 1; j <= count; j++) {
            int candidate = random.nextInt(1, j + 1);
            int pick = chosen.contains(candidate) ? j : candidate;
            chosen.add(pick);
            drawn.add(pick);
        }
        return drawn;
    }
}
