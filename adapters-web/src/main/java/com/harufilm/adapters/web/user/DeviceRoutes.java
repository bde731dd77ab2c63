package com.harufilm.adapters.web.user;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.TextLimits;
import com.harufilm.application.user.RegisterDevice;
import com.harufilm.application.user.UnregisterDevice;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caller's devices: the FCM tokens pushes go to. */
public final class DeviceRoutes implements Routes {

    private final RegisterDevice registerDevice;
    private final UnregisterDevice unregisterDevice;

    public DeviceRoutes(RegisterDevice registerDevice, UnregisterDevice unregisterDevice) {
        this.registerDevice = registerDevice;
        this.unregisterDevice = unregisterDevice;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/users/me/devices", this::register);
        routes.delete("/users/me/devices/{fcmToken}", this::unregister);
    }

    private void register(Context ctx) {
        var body = JsonBody.read(ctx, Requests.Device.class);
        if (body.platform() == null) {
            throw new InvalidRequest("platform", "platform is required: ANDROID, IOS or WEB");
        }
        registerDevice.register(Callers.of(ctx), new DeviceToken(body.fcmToken() == null ? "" : body.fcmToken()),
                Platform.fromClient(body.platform()));
        ctx.status(204);
    }

    private void unregister(Context ctx) {
        unregisterDevice.unregister(Callers.of(ctx), TextLimits.param("fcmToken", ctx.pathParam("fcmToken")));
        ctx.status(204);
    }
}
