package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderPlanTest {

    @Test
    void aFullHdLandscapeClipGetsAllThreeRungs() {
        assertEquals(List.of(new Rung("360p", 640, 360, 730), new Rung("720p", 1280, 720, 3000), new Rung("1080p", 1920, 1080, 6000)),
                LadderPlan.forPicture(1920, 1080).rungs());
    }

    @Test
    void portraitRungsAreCountedByTheShortSide() {
        assertEquals(List.of("360x640", "720x1280", "1080x1920"), sizes(LadderPlan.forPicture(1080, 1920)));
    }

    @Test
    void nothingIsUpscaled() {
        assertEquals(List.of("640x360", "1280x720"), sizes(LadderPlan.forPicture(1280, 720)));
        assertEquals(List.of("360x640", "720x1280"), sizes(LadderPlan.forPicture(900, 1600)));
    }

    @Test
    void a4kClipStopsAt1080p() {
        assertEquals(List.of("640x360", "1280x720", "1920x1080"), sizes(LadderPlan.forPicture(3840, 2160)));
    }

    @Test
    void oddAspectRatiosKeepEvenSizes() {
        assertEquals(List.of("360x480", "720x960"), sizes(LadderPlan.forPicture(810, 1080)));
        assertEquals(List.of("360x782"), sizes(LadderPlan.forPicture(480, 1042)));
    }

    @Test
    void aSourceSmallerThan360pIsOneRungAtItsOwnEvenSize() {
        assertEquals(List.of(new Rung("180p", 320, 180, 182)), LadderPlan.forPicture(320, 180).rungs());
        assertEquals(List.of("240x134"), sizes(LadderPlan.forPicture(241, 135)));
        assertEquals(145, LadderPlan.forPicture(160, 90).rungs().getFirst().videoKbps());
    }

    private static List<String> sizes(LadderPlan plan) {
        return plan.rungs().stream().map(r -> r.width() + "x" + r.height()).toList();
    }
}
