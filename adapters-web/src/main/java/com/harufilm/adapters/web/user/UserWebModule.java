package com.harufilm.adapters.web.user;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.auth.LoginAsDevUser;
import com.harufilm.application.auth.LoginWithGoogle;
import com.harufilm.application.auth.Logout;
import com.harufilm.application.auth.RefreshLogin;
import com.harufilm.application.user.DeleteMyAccount;
import com.harufilm.application.user.GetMyProfile;
import com.harufilm.application.user.RegisterDevice;
import com.harufilm.application.user.UnregisterDevice;
import com.harufilm.application.user.UpdateMyProfile;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The Auth and "Me and devices" routes, added to the API's set of routes. */
@Module
public interface UserWebModule {

    @Provides
    @IntoSet
    static Routes authRoutes(LoginWithGoogle google, LoginAsDevUser dev, RefreshLogin refresh, Logout logout, WebSettings settings) {
        return new AuthRoutes(google, dev, refresh, logout, settings.devLoginEnabled());
    }

    @Provides
    @IntoSet
    static Routes profileRoutes(GetMyProfile get, UpdateMyProfile update, DeleteMyAccount delete) {
        return new ProfileRoutes(get, update, delete);
    }

    @Provides
    @IntoSet
    static Routes deviceRoutes(RegisterDevice register, UnregisterDevice unregister) {
        return new DeviceRoutes(register, unregister);
    }
}
