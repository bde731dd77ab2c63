package com.harufilm.domain.upload;

import com.harufilm.domain.error.InvalidUploadPart;
import org.jspecify.annotations.Nullable;

/**
 * How a file is cut into parts: every part but the last has exactly {@code partSize} bytes.
 * S3 wants parts of at least 5 MiB (but the last) and at most 10,000 of them; we cap parts at
 * 64 MiB so one lost part costs a phone little.
 */
public record PartPlan(long fileSize, int partSize, int partCount) {

    public static final int MiB = 1024 * 1024;
    public static final int MIN_PART_SIZE = 5 * MiB;
    public static final int MAX_PART_SIZE = 64 * MiB;
    public static final int MAX_PARTS = 10_000;

    /** The client's proposal if it is allowed, else the default, grown in whole MiB when the file needs it. */
    public static PartPlan of(long fileSize, @Nullable Integer proposed, int defaultPartSize) {
        if (proposed != null) {
            if (proposed < MIN_PART_SIZE || proposed > MAX_PART_SIZE || partsFor(fileSize, proposed) > MAX_PARTS) {
                throw new InvalidUploadPart("partSize must be 5 to 64 MiB (" + MIN_PART_SIZE + " to " + MAX_PART_SIZE
                        + " bytes) and yield at most " + MAX_PARTS + " parts");
            }
            return new PartPlan(fileSize, proposed, partsFor(fileSize, proposed));
        }
        long needed = Math.max(defaultPartSize, ceilDiv(fileSize, MAX_PARTS));
        int partSize = (int) Math.min(MAX_PART_SIZE, ceilDiv(needed, MiB) * MiB);
        return new PartPlan(fileSize, partSize, partsFor(fileSize, partSize));
    }

    /** The size part {@code partNumber} (1-based) must have. */
    public long sizeOf(int partNumber) {
        return partNumber < partCount ? partSize : fileSize - (long) partSize * (partCount - 1);
    }

    public boolean contains(int partNumber) {
        return partNumber >= 1 && partNumber <= partCount;
    }

    private static int partsFor(long fileSize, int partSize) {
        return (int) Math.max(1, ceilDiv(fileSize, partSize));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
