package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The object store on any S3-compatible service, through AWS SDK v2. */
@Module
public interface S3StorageModule {

    @Provides
    @Singleton
    static S3Client s3Client(ObjectStoreSettings settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(serviceConfiguration(settings))
                .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(30)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    /** Signs part URLs for the same store, addressed the same way as the client, so the URLs reach it. */
    @Provides
    @Singleton
    static S3Presigner s3Presigner(ObjectStoreSettings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(serviceConfiguration(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    @Provides
    @Singleton
    static ObjectStore objectStore(S3Client s3, S3Presigner presigner, ObjectStoreSettings settings, Clock clock) {
        return new S3ObjectStore(s3, presigner, settings.bucket(), clock);
    }

    private static S3Configuration serviceConfiguration(ObjectStoreSettings settings) {
        return S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
    }

    /** Explicit keys when configured, else the SDK's chain (instance role, AWS_* variables, profile). */
    private static AwsCredentialsProvider credentials(ObjectStoreSettings settings) {
        return settings.accessKeyId().isEmpty()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
    }

    @Provides
    @IntoSet
    static AutoCloseable closeClient(S3Client s3) {
        return s3;
    }

    @Provides
    @IntoSet
    static AutoCloseable closePresigner(S3Presigner presigner) {
        return presigner;
    }

    @Provides
    @IntoSet
    static ReadinessProbe objectStoreProbe(S3Client s3, ObjectStoreSettings settings) {
        return new S3BucketProbe(s3, settings.bucket());
    }
}
