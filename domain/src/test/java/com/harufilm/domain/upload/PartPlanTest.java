package com.harufilm.domain.upload;

import static com.harufilm.domain.upload.PartPlan.MiB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.InvalidUploadPart;
import org.junit.jupiter.api.Test;

class PartPlanTest {

    @Test
    void everyPartButTheLastHasExactlyThePartSize() {
        PartPlan plan = PartPlan.of(12L * MiB + 7, 5 * MiB, 8 * MiB);

        assertEquals(3, plan.partCount());
        assertEquals(5L * MiB, plan.sizeOf(1));
        assertEquals(2L * MiB + 7, plan.sizeOf(3));
    }

    @Test
    void aSmallFileIsOnePart() {
        PartPlan plan = PartPlan.of(1000, null, 8 * MiB);

        assertEquals(1, plan.partCount());
        assertEquals(1000, plan.sizeOf(1));
    }

    @Test
    void theDefaultGrowsSoAHugeFileStaysWithinTenThousandParts() {
        PartPlan plan = PartPlan.of(100_000L * MiB, null, 8 * MiB);

        assertEquals(10 * MiB, plan.partSize());
        assertEquals(10_000, plan.partCount());
    }

    @Test
    void aProposalOutsideTheLimitsIsRefused() {
        assertThrows(InvalidUploadPart.class, () -> PartPlan.of(100, 5 * MiB - 1, 8 * MiB));
        assertThrows(InvalidUploadPart.class, () -> PartPlan.of(100, 64 * MiB + 1, 8 * MiB));
        assertThrows(InvalidUploadPart.class, () -> PartPlan.of(60_000L * MiB, 5 * MiB, 8 * MiB));
    }
}
