package com.harufilm.adapters.web.share;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.PublicBase;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.VideoIds;
import com.harufilm.application.share.CreateShare;
import com.harufilm.application.share.ListShares;
import com.harufilm.application.share.RevokeShare;
import com.harufilm.application.share.ShareView;
import com.harufilm.domain.error.ShareNotFound;
import com.harufilm.domain.share.ShareId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The owner's side of share links: make one for a COMPLETE day, list a day's live ones, revoke one. */
public final class ShareRoutes implements Routes {

    record CreateBody(@Nullable Integer expiresInHours) {
    }

    /** {@code url} is null only for a link whose key has been retired since (it still opens). */
    record ShareResponse(String shareId, @Nullable String url, Instant expiresAt, Instant createdAt, long views) {
    }

    record ShareList(List<ShareResponse> shares) {
    }

    private final CreateShare create;
    private final ListShares list;
    private final RevokeShare revoke;
    private final PublicBase base;

    public ShareRoutes(CreateShare create, ListShares list, RevokeShare revoke, PublicBase base) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
        this.base = base;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/videos/{videoId}/shares", this::create);
        routes.get("/videos/{videoId}/shares", this::list);
        routes.delete("/shares/{shareId}", this::revoke);
    }

    private void create(Context ctx) {
        // The body is optional: no body is a week-long link.
        Integer hours = ctx.bodyAsBytes().length == 0 ? null : JsonBody.read(ctx, CreateBody.class).expiresInHours();
        ShareView made = create.create(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")), hours);
        ctx.status(201).json(response(made, base.of(ctx)));
    }

    private void list(Context ctx) {
        String origin = base.of(ctx);
        ctx.json(new ShareList(list.list(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId"))).stream()
                .map(view -> response(view, origin)).toList()));
    }

    private void revoke(Context ctx) {
        revoke.revoke(Callers.of(ctx), shareId(ctx.pathParam("shareId")));
        ctx.status(204);
    }

    private static ShareId shareId(String text) {
        try {
            return new ShareId(Long.parseLong(text));
        } catch (IllegalArgumentException e) {
            throw new ShareNotFound("share " + text + " not found");
        }
    }

    private static ShareResponse response(ShareView view, String origin) {
        var share = view.share();
        return new ShareResponse(share.id().toString(), view.token() == null ? null : origin + "/s/" + view.token().value(),
                share.expiresAt(), share.createdAt(), share.views());
    }
}
