package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The object store on any S3-compatible service, through AWS SDK v2. */
@Module
public interface S3StorageModule {

    @Provides
    @Singleton
    static S3Client s3Client(ObjectStoreSettings settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build())
                .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(30)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
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
    static ReadinessProbe objectStoreProbe(S3Client s3, ObjectStoreSettings settings) {
        return new S3BucketProbe(s3, settings.bucket());
    }
}
