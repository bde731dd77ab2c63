package com.harufilm.adapters.web.auth;

import com.harufilm.adapters.web.Access;
import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.user.Requests;
import com.harufilm.application.auth.DevLoginCommand;
import com.harufilm.application.auth.GoogleLoginCommand;
import com.harufilm.application.auth.LoginAsDevUser;
import com.harufilm.application.auth.LoginWithGoogle;
import com.harufilm.application.auth.Logout;
import com.harufilm.application.auth.RefreshLogin;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Objects;

/** Login with Google (or dev login where switched on), token refresh and logout. */
public final class AuthRoutes implements Routes {

    private final LoginWithGoogle loginWithGoogle;
    private final LoginAsDevUser loginAsDevUser;
    private final RefreshLogin refreshLogin;
    private final Logout logout;
    private final boolean devLoginEnabled;

    public AuthRoutes(LoginWithGoogle loginWithGoogle, LoginAsDevUser loginAsDevUser, RefreshLogin refreshLogin, Logout logout,
                      boolean devLoginEnabled) {
        this.loginWithGoogle = loginWithGoogle;
        this.loginAsDevUser = loginAsDevUser;
        this.refreshLogin = refreshLogin;
        this.logout = logout;
        this.devLoginEnabled = devLoginEnabled;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/auth/google", this::google, Access.PUBLIC);
        if (devLoginEnabled) {
            routes.post("/auth/dev", this::dev, Access.PUBLIC);
        }
        routes.post("/auth/refresh", this::refresh, Access.PUBLIC);
        routes.post("/auth/logout", this::logout);
    }

    private void google(Context ctx) {
        var body = JsonBody.read(ctx, AuthRequests.GoogleLogin.class);
        var command = new GoogleLoginCommand(Objects.requireNonNullElse(body.code(), ""), Objects.requireNonNullElse(body.redirectUri(), ""),
                body.codeVerifier(), Requests.device(body.fcmToken()), Requests.platform(body.platform()));
        ctx.json(TokenResponse.from(loginWithGoogle.login(command)));
    }

    private void dev(Context ctx) {
        var body = JsonBody.read(ctx, AuthRequests.DevLogin.class);
        var command = new DevLoginCommand(Objects.requireNonNullElse(body.email(), ""), body.name(),
                Requests.device(body.fcmToken()), Requests.platform(body.platform()));
        ctx.json(TokenResponse.from(loginAsDevUser.login(command)));
    }

    private void refresh(Context ctx) {
        var body = JsonBody.read(ctx, AuthRequests.Refresh.class);
        ctx.json(TokenResponse.from(refreshLogin.refresh(Objects.requireNonNullElse(body.refreshToken(), ""))));
    }

    private void logout(Context ctx) {
        var body = JsonBody.read(ctx, AuthRequests.Logout.class);
        logout.logout(Callers.of(ctx), Objects.requireNonNullElse(body.refreshToken(), ""), Requests.device(body.fcmToken()));
        ctx.status(204);
    }
}
