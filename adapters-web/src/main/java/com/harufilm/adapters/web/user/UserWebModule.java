package com.harufilm.adapters.web.user;

import com.harufilm.adapters.web.Routes;
import com.harufilm.application.user.DeleteMyAccount;
import com.harufilm.application.user.GetMyProfile;
import com.harufilm.application.user.RegisterDevice;
import com.harufilm.application.user.UnregisterDevice;
import com.harufilm.application.user.UpdateMyProfile;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The "Me and devices" routes, added to the API's set of routes. */
@Module
public interface UserWebModule {

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
