package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ReadinessProbe;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The object store on any S3-compatible service, through AWS SDK v2: one client for small calls,
 * bounded as a whole, and one for object transfers, bounded per read (see {@link S3Timeouts}).
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
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(serviceConfiguration(settings))
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
    static ObjectStore objectStore(S3Client s3, @Named("transfers") S3Client transfers, S3Presigner presigner,
                                   ObjectStoreSettings settings, Clock clock) {
        return new S3ObjectStore(s3, transfers, presigner, settings.bucket(), clock);
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
    static AutoCloseable closeTransferClient(@Named("transfers") S3Client transfers) {
        return transfers;
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
