package com.harufilm.adapters.web.auth;

import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.auth.LoginAsDevUser;
import com.harufilm.application.auth.LoginWithGoogle;
import com.harufilm.application.auth.Logout;
import com.harufilm.application.auth.RefreshLogin;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The Auth routes, added to the API's set of routes. */
@Module
public interface AuthWebModule {

    @Provides
    @IntoSet
    static Routes authRoutes(LoginWithGoogle google, LoginAsDevUser dev, RefreshLogin refresh, Logout logout, WebSettings settings) {
        return new AuthRoutes(google, dev, refresh, logout, settings.devLoginEnabled());
    }
}
