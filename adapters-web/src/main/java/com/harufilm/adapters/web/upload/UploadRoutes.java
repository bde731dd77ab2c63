package com.harufilm.adapters.web.upload;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.Routes;
import com.harufilm.application.upload.AbortUpload;
import com.harufilm.application.upload.CompleteUpload;
import com.harufilm.application.upload.CompleteUploadCommand;
import com.harufilm.application.upload.CompleteUploadCommand.ClientPart;
import com.harufilm.application.upload.GetPartUploadUrls;
import com.harufilm.application.upload.GetUploadStatus;
import com.harufilm.application.upload.InitiateUpload;
import com.harufilm.application.upload.InitiateUploadCommand;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.MissingUploadData;
import com.harufilm.domain.video.VideoTimestamp;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Resumable uploads: open, presign parts, ask what the store holds, complete, abort. */
public final class UploadRoutes implements Routes {

    private static final String BASE = "/uploads/multi-parts";

    private final InitiateUpload initiateUpload;
    private final GetPartUploadUrls partUrls;
    private final GetUploadStatus uploadStatus;
    private final CompleteUpload completeUpload;
    private final AbortUpload abortUpload;

    public UploadRoutes(InitiateUpload initiateUpload, GetPartUploadUrls partUrls, GetUploadStatus uploadStatus,
                        CompleteUpload completeUpload, AbortUpload abortUpload) {
        this.initiateUpload = initiateUpload;
        this.partUrls = partUrls;
        this.uploadStatus = uploadStatus;
        this.completeUpload = completeUpload;
        this.abortUpload = abortUpload;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post(BASE + "/initiate", this::initiate);
        routes.get(BASE + "/part", this::part);
        routes.get(BASE + "/parts", this::parts);
        routes.post(BASE + "/complete", this::complete);
        routes.post(BASE + "/abort", this::abort);
        routes.get(BASE + "/{uploadId}", this::status);
    }

    private void initiate(Context ctx) {
        var body = JsonBody.read(ctx, UploadRequests.Initiate.class);
        var command = InitiateUploadCommand.of(UploadRequests.date(body.uploadDate()), body.fileName(), body.contentType(),
                body.fileSize(), body.partSize());
        ctx.status(201).json(UploadResponses.Ticket.from(initiateUpload.initiate(Callers.of(ctx), command)));
    }

    private void part(Context ctx) {
        int partNumber = UploadRequests.partNumber(ctx.queryParam("partNumber"));
        var urls = partUrls.urls(Callers.of(ctx), UploadRequests.uploadId(ctx.queryParam("uploadId")), List.of(partNumber));
        ctx.json(UploadResponses.PartLink.from(urls.getFirst()));
    }

    private void parts(Context ctx) {
        String numbers = ctx.queryParam("partNumbers");
        if (numbers == null || numbers.isBlank()) {
            throw new MissingUploadData("partNumbers is required, e.g. partNumbers=1,2,3");
        }
        List<Integer> partNumbers = Arrays.stream(numbers.split(",")).map(UploadRequests::partNumber).toList();
        var urls = partUrls.urls(Callers.of(ctx), UploadRequests.uploadId(ctx.queryParam("uploadId")), partNumbers);
        ctx.json(new UploadResponses.PartLinks(urls.stream().map(UploadResponses.PartLink::from).toList()));
    }

    private void status(Context ctx) {
        ctx.json(UploadResponses.Status.from(uploadStatus.status(Callers.of(ctx), UploadRequests.uploadId(ctx.pathParam("uploadId")))));
    }

    private void complete(Context ctx) {
        var body = JsonBody.read(ctx, UploadRequests.Complete.class);
        List<ClientPart> parts = Objects.requireNonNullElse(body.parts(), List.<UploadRequests.Part>of()).stream()
                .map(part -> {
                    if (part == null || part.partNumber() == null) {
                        throw new InvalidUploadPart("every part needs a partNumber and an etag");
                    }
                    return new ClientPart(part.partNumber(), Objects.requireNonNullElse(part.etag(), ""));
                })
                .toList();
        List<VideoTimestamp> timestamps = Objects.requireNonNullElse(body.timestamps(), List.<UploadRequests.Timestamp>of()).stream()
                .map(stamp -> new VideoTimestamp(stamp == null || stamp.offsetSec() == null ? -1 : stamp.offsetSec(),
                        stamp == null ? "" : Objects.requireNonNullElse(stamp.label(), "")))
                .toList();
        var command = new CompleteUploadCommand(UploadRequests.uploadId(body.uploadId()), parts, timestamps);
        ctx.status(201).json(UploadResponses.Completed.from(completeUpload.complete(Callers.of(ctx), command).video()));
    }

    private void abort(Context ctx) {
        abortUpload.abort(Callers.of(ctx), UploadRequests.uploadId(JsonBody.read(ctx, UploadRequests.Abort.class).uploadId()));
        ctx.status(204);
    }
}
