package com.harufilm.adapters.media;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.SignedLinks;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The store's ports that uploads, links and removals need, beside ObjectStore, on the same
 * S3-compatible service: what the API binds, and the worker does not.
 */
@Module(includes = S3StorageModule.class)
public interface S3UploadStorageModule {

    /** Signs part and download URLs for the same store, addressed the same way as the client, so the URLs reach it. */
    @Provides
    @Singleton
    static S3Presigner s3Presigner(ObjectStoreSettings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(S3Addressing.credentials(settings))
                .serviceConfiguration(S3Addressing.serviceConfiguration(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    @Provides
    @Singleton
    static MultipartUploads multipartUploads(S3Client s3, S3Presigner presigner, ObjectStoreSettings settings, Clock clock) {
        return new S3MultipartUploads(s3, presigner, settings.bucket(), new PresignedUrls(clock));
    }

    @Provides
    @Singleton
    static SignedLinks signedLinks(S3Presigner presigner, ObjectStoreSettings settings, Clock clock) {
        return new ReusedSignedLinks(new S3SignedLinks(presigner, settings.bucket(), new PresignedUrls(clock)), clock);
    }

    @Provides
    @Singleton
    static ObjectRemoval objectRemoval(S3Client s3, MultipartUploads uploads, ObjectStoreSettings settings) {
        return new S3ObjectRemoval(s3, uploads, settings.bucket());
    }

    @Provides
    @IntoSet
    static AutoCloseable closePresigner(S3Presigner presigner) {
        return presigner;
    }
}
