package com.harufilm.application.upload;

import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.upload.CompleteUploadCommand.ClientPart;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.upload.PartPlan;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Holds the app's list of parts against the plan and against what the store really has. */
final class PartCheck {

    private PartCheck() {
    }

    /** The store's parts to assemble, once every part is present, the right size, and has the ETag the app saw. */
    static List<StoredPart> verify(PartPlan plan, List<ClientPart> claimed, List<StoredPart> stored) {
        for (ClientPart part : claimed) {
            if (!plan.contains(part.partNumber())) {
                throw new InvalidUploadPart("partNumber " + part.partNumber() + " is not 1 to " + plan.partCount());
            }
        }
        if (claimed.size() != plan.partCount()) {
            throw new InvalidUploadPart("all " + plan.partCount() + " parts are needed, got " + claimed.size());
        }
        Map<Integer, StoredPart> held = stored.stream().collect(Collectors.toMap(StoredPart::partNumber, Function.identity()));
        for (ClientPart part : claimed) {
            StoredPart inStore = held.get(part.partNumber());
            if (inStore == null) {
                throw new InvalidUploadPart("part " + part.partNumber() + " has not reached the store; upload it again");
            }
            if (!inStore.etag().equalsIgnoreCase(part.etag())) {
                throw new InvalidUploadPart("part " + part.partNumber() + " etag does not match what the store holds");
            }
            if (inStore.size() != plan.sizeOf(part.partNumber())) {
                throw new InvalidUploadPart("part " + part.partNumber() + " has " + inStore.size() + " bytes, expected "
                        + plan.sizeOf(part.partNumber()));
            }
        }
        return held.values().stream().filter(part -> plan.contains(part.partNumber()))
                .sorted(Comparator.comparingInt(StoredPart::partNumber)).toList();
    }
}
