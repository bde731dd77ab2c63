package com.harufilm.adapters.media;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Configuration;

/** How the clients and the presigner reach the store and sign for it, so their URLs and calls agree. */
final class S3Addressing {

    private S3Addressing() {
    }

    static S3Configuration serviceConfiguration(ObjectStoreSettings settings) {
        return S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
    }

    /** Explicit keys when configured, else the SDK's chain (instance role, AWS_* variables, profile). */
    static AwsCredentialsProvider credentials(ObjectStoreSettings settings) {
        return settings.accessKeyId().isEmpty()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
    }
}
