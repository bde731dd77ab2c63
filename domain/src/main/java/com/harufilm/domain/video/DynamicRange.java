package com.harufilm.domain.video;

/**
 * How a source's brightness is coded. Phones record HDR by default (iPhones HLG, many Androids PQ,
 * both 10-bit BT.2020); every player of the H.264 ladder shows BT.709 SDR, where HDR's values look
 * grey and washed out, so an HDR source is tone-mapped to SDR, never served as it is.
 */
public enum DynamicRange {
    SDR, HLG, PQ;

    public boolean isHdr() {
        return this != SDR;
    }
}
