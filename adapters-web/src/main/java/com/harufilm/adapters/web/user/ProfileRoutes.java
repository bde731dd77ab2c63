package com.harufilm.adapters.web.user;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.Routes;
import com.harufilm.application.user.DeleteMyAccount;
import com.harufilm.application.user.GetMyProfile;
import com.harufilm.application.user.UpdateMyProfile;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caller's own profile: read, change, delete the account. */
public final class ProfileRoutes implements Routes {

    private final GetMyProfile getMyProfile;
    private final UpdateMyProfile updateMyProfile;
    private final DeleteMyAccount deleteMyAccount;

    public ProfileRoutes(GetMyProfile getMyProfile, UpdateMyProfile updateMyProfile, DeleteMyAccount deleteMyAccount) {
        this.getMyProfile = getMyProfile;
        this.updateMyProfile = updateMyProfile;
        this.deleteMyAccount = deleteMyAccount;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/users/me", this::get);
        routes.patch("/users/me", this::patch);
        routes.delete("/users/me", this::delete);
    }

    private void get(Context ctx) {
        ctx.json(UserResponse.from(getMyProfile.get(Callers.of(ctx))));
    }

    private void patch(Context ctx) {
        var change = ProfilePatch.read(JsonBody.object(ctx));
        ctx.json(UserResponse.from(updateMyProfile.update(Callers.of(ctx), change)));
    }

    private void delete(Context ctx) {
        deleteMyAccount.delete(Callers.of(ctx));
        ctx.status(204);
    }
}
