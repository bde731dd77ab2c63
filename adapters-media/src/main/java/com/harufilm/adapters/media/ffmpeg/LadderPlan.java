package com.harufilm.adapters.media.ffmpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * The renditions one source gets: 360, 720 and 1080 by the short side (so portrait clips get
 * 360x640 and not 202x360), never above the source, aspect ratio kept. Bit rates follow Apple's
 * HLS authoring spec for 30 fps H.264.
 */
record LadderPlan(List<Rung> rungs) {

    private static final int[] SHORT_SIDES = {360, 720, 1080};
    private static final int[] VIDEO_KBPS = {730, 3000, 6000};
    /** Apple's lowest rung; a tiny source needs no less. */
    private static final int MIN_KBPS = 145;

    LadderPlan {
        rungs = List.copyOf(rungs);
    }

    /** Rungs smallest first, for a picture of {@code width} x {@code height} as displayed. */
    static LadderPlan forPicture(int width, int height) {
        int shortSide = Math.min(width, height);
        List<Rung> rungs = new ArrayList<>();
        for (int i = 0; i < SHORT_SIDES.length; i++) {
            if (SHORT_SIDES[i] <= shortSide) {
                rungs.add(rung(width, height, SHORT_SIDES[i], VIDEO_KBPS[i]));
            }
        }
        if (rungs.isEmpty()) {
            // Smaller than the lowest rung: one rendition at its own size, rate scaled by area.
            int even = Math.max(2, shortSide & ~1);
            int kbps = (int) Math.max(MIN_KBPS, VIDEO_KBPS[0] * (double) width * height / (640 * 360));
            rungs.add(rung(width, height, even, kbps));
        }
        return new LadderPlan(rungs);
    }

    private static Rung rung(int width, int height, int shortSide, int kbps) {
        int longSide = even((double) Math.max(width, height) * shortSide / Math.min(width, height));
        boolean portrait = height > width;
        return new Rung(shortSide + "p", portrait ? shortSide : longSide, portrait ? longSide : shortSide, kbps);
    }

    /** x264 with yuv420p needs even sizes. */
    static int even(double size) {
        return Math.max(2, (int) Math.round(size / 2) * 2);
    }
}
