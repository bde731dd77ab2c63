package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store on any S3-compatible service, through AWS SDK v2: one client for small calls,
 * bounded as a whole, and one for object transfers, bounded per read (see {@link S3Timeouts}).
 * It binds ObjectStore alone, all the worker needs; the API adds {@link S3UploadStorageModule}.
 */
@Module
public interface S3StorageModule {

    /** The client of small calls: each one ends within {@link S3Timeouts#call()}. */
    @Provides
    @Singleton
    static S3Client s3Client(ObjectStoreSettings settings) {
        return client(settings, settings.timeouts(), true);
    }

    /** The client of object transfers: as long as bytes keep coming, a transfer may take what it takes. */
    @Provides
    @Singleton
    @Named("transfers")
    static S3Client transferClient(ObjectStoreSettings settings) {
        return client(settings, settings.timeouts(), false);
    }

    static S3Client client(ObjectStoreSettings settings, S3Timeouts timeouts, boolean wholeCallTimeout) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(S3Addressing.credentials(settings))
                .serviceConfiguration(S3Addressing.serviceConfiguration(settings))
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(timeouts.connect())
                        .socketTimeout(timeouts.read())
                        .tcpKeepAlive(true));
        if (wholeCallTimeout) {
            builder.overrideConfiguration(config -> config.apiCallTimeout(timeouts.call()));
        }
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    /** Whole objects in and out; the only port of the store the worker is given. */
    @Provides
    @Singleton
    static ObjectStore objectStore(S3Client s3, @Named("transfers") S3Client transfers, ObjectStoreSettings settings) {
        return new S3ObjectStore(s3, transfers, settings.bucket());
    }

    @Provides
    @IntoSet
    static AutoCloseable closeClient(S3Client s3) {
        return s3;
    }

    @Provides
    @IntoSet
    static AutoCloseable closeTransferClient(@Named("transfers") S3Client transfers) {
        return transfers;
    }

    @Provides
    @IntoSet
    static ReadinessProbe objectStoreProbe(S3Client s3, ObjectStoreSettings settings) {
        return new S3BucketProbe(s3, settings.bucket());
    }
}
