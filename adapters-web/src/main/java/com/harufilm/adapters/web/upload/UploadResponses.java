package com.harufilm.adapters.web.upload;

import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.upload.GetPartUploadUrls.PartUrl;
import com.harufilm.application.upload.GetUploadStatus.UploadStatus;
import com.harufilm.application.upload.UploadTicket;
import com.harufilm.domain.video.Video;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The upload routes' answers, in the contract's shapes. */
final class UploadResponses {

    private UploadResponses() {
    }

    record Ticket(String uploadId, int partSize, int partCount, Instant expiresAt) {
        static Ticket from(UploadTicket ticket) {
            return new Ticket(ticket.uploadId().toString(), ticket.partSize(), ticket.partCount(), ticket.expiresAt());
        }
    }

    record PartLink(int partNumber, String url, Instant expiresAt) {
        static PartLink from(PartUrl part) {
            return new PartLink(part.partNumber(), part.url().url().toString(), part.url().expiresAt());
        }
    }

    record PartLinks(List<PartLink> parts) {
    }

    record UploadedPart(int partNumber, String etag, long size) {
        static UploadedPart from(StoredPart part) {
            return new UploadedPart(part.partNumber(), part.etag(), part.size());
        }
    }

    record Status(String uploadId, LocalDate uploadDate, int partSize, int partCount, Instant expiresAt, List<UploadedPart> uploadedParts) {
        static Status from(UploadStatus status) {
            var session = status.session();
            return new Status(session.id().toString(), session.uploadDate(), session.plan().partSize(), session.plan().partCount(),
                    session.expiresAt(), status.uploadedParts().stream().map(UploadedPart::from).toList());
        }
    }

    record Completed(String videoId, LocalDate uploadDate, String status) {
        static Completed from(Video video) {
            return new Completed(video.id().toString(), video.uploadDate(), video.status().name());
        }
    }
}
