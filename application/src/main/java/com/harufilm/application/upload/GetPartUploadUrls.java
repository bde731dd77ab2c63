package com.harufilm.application.upload;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Presigns the URLs the app PUTs parts to, each for exactly its part's length and no longer than
 * the session lives; asking again for a part gives a fresh URL.
 */
public final class GetPartUploadUrls {

    public static final int MAX_PARTS_PER_REQUEST = 100;

    /** Where to PUT one part, and until when. */
    public record PartUrl(int partNumber, PresignedUrl url) {
    }

    private static final Duration SHORTEST_URL = Duration.ofSeconds(1);

    private final OwnedUploads uploads;
    private final MultipartUploads multipart;
    private final UploadSettings settings;
    private final Clock clock;

    public GetPartUploadUrls(UploadSessions sessions, MultipartUploads multipart, UploadSettings settings, Clock clock) {
        this.uploads = new OwnedUploads(sessions, clock);
        this.multipart = multipart;
        this.settings = settings;
        this.clock = clock;
    }

    public List<PartUrl> urls(UserId caller, UploadId uploadId, List<Integer> partNumbers) {
        if (partNumbers.isEmpty() || partNumbers.size() > MAX_PARTS_PER_REQUEST) {
            throw new InvalidRequest("partNumbers", "ask for 1 to " + MAX_PARTS_PER_REQUEST + " parts at a time");
        }
        UploadSession session = uploads.open(caller, uploadId);
        for (int partNumber : partNumbers) {
            if (!session.plan().contains(partNumber)) {
                throw new InvalidUploadPart("partNumber " + partNumber + " is not 1 to " + session.plan().partCount());
            }
        }
        // A part URL never outlives its session: after the expiry it could only store parts nobody completes.
        Duration untilExpiry = Duration.between(clock.instant(), session.expiresAt());
        if (untilExpiry.compareTo(SHORTEST_URL) < 0) {
            // Stores sign for whole seconds: in its last second a session has no URL left to give.
            throw new UploadNotFound("upload " + uploadId + " has expired");
        }
        Duration lifetime = settings.partUrlLifetime().compareTo(untilExpiry) < 0 ? settings.partUrlLifetime() : untilExpiry;
        return partNumbers.stream().distinct()
                .map(partNumber -> new PartUrl(partNumber, multipart.presignPartUpload(session.objectKey(), session.storeUploadId(),
                        partNumber, session.plan().sizeOf(partNumber), lifetime)))
                .toList();
    }
}
