package com.harufilm.adapters.web.share;

import com.harufilm.adapters.web.PublicBase;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.application.share.CreateShare;
import com.harufilm.application.share.ListShares;
import com.harufilm.application.share.OpenSharedDay;
import com.harufilm.application.share.RevokeShare;
import com.harufilm.application.share.ServeSharedMedia;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The owner's share routes and the public share pages, added to the API's set of routes. */
@Module
public interface ShareWebModule {

    @Provides
    @IntoSet
    static Routes shareRoutes(CreateShare create, ListShares list, RevokeShare revoke, WebSettings settings) {
        return new ShareRoutes(create, list, revoke, new PublicBase(settings.publicUrl()));
    }

    @Provides
    @IntoSet
    static Routes sharePageRoutes(OpenSharedDay open, ServeSharedMedia media, WebSettings settings) {
        return new SharePageRoutes(open, media, new PublicBase(settings.publicUrl()));
    }
}
