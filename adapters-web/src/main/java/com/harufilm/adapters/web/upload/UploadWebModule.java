package com.harufilm.adapters.web.upload;

import com.harufilm.adapters.web.Routes;
import com.harufilm.application.upload.AbortUpload;
import com.harufilm.application.upload.CompleteUpload;
import com.harufilm.application.upload.GetPartUploadUrls;
import com.harufilm.application.upload.GetUploadStatus;
import com.harufilm.application.upload.InitiateUpload;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/** The upload routes, added to the API's set of routes. */
@Module
public interface UploadWebModule {

    @Provides
    @IntoSet
    static Routes uploadRoutes(InitiateUpload initiate, GetPartUploadUrls partUrls, GetUploadStatus status, CompleteUpload complete,
                               AbortUpload abort) {
        return new UploadRoutes(initiate, partUrls, status, complete, abort);
    }
}
