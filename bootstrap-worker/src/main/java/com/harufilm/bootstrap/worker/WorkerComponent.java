package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.media.ffmpeg.FfmpegMediaModule;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.messaging.BrokerSettings;
import com.harufilm.adapters.messaging.EncodingMessages;
import com.harufilm.adapters.messaging.RabbitConsumer;
import com.harufilm.adapters.messaging.RabbitMessagingModule;
import com.harufilm.adapters.messaging.TopologyNames;
import com.harufilm.application.encoding.EncodeVideo;
import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.health.ReadinessSettings;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Set;

/** The encoding worker deployable: the broker, the object store and FFmpeg; never the database. */
@Singleton
@Component(modules = {
        S3StorageModule.class, RabbitMessagingModule.class, FfmpegMediaModule.class, HealthModule.class, EncodingWorkerModule.class,
        ClockModule.class})
interface WorkerComponent {

    CheckReadiness checkReadiness();

    EncodeVideo encodeVideo();

    RabbitConsumer rabbitConsumer();

    TopologyNames topologyNames();

    EncodingMessages encodingMessages();

    Set<AutoCloseable> resources();

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder objectStore(ObjectStoreSettings settings);

        @BindsInstance
        Builder broker(BrokerSettings settings);

        @BindsInstance
        Builder media(MediaSettings settings);

        @BindsInstance
        Builder workDir(@Named("workDir") Path workDir);

        @BindsInstance
        Builder readiness(ReadinessSettings settings);

        @BindsInstance
        Builder maxEncodeAttempts(@Named("maxEncodeAttempts") int attempts);

        WorkerComponent build();
    }
}
