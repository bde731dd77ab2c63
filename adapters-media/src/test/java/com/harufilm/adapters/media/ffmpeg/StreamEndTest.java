package com.harufilm.adapters.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StreamEndTest {

    @Test
    void theStreamEndsWhereItsLatestPacketEnds() {
        var end = new StreamEnd();
        // Out of order as B-frames leave them; ffprobe may add a trailing field for side data.
        for (String line : new String[] {"0.000000,0.033000", "0.100000,0.033000", "0.066000,0.033000,"}) {
            end.accept(line);
        }

        assertEquals(0.133, end.seconds(), 1e-9);
    }

    @Test
    void aPacketWithoutALengthCountsItsTimeAndOneWithoutATimeCountsNothing() {
        var end = new StreamEnd();
        end.accept("1.500000,N/A");
        end.accept("N/A,0.033000");

        assertEquals(1.5, end.seconds(), 1e-9);
        assertEquals(0, new StreamEnd().seconds());
    }
}
