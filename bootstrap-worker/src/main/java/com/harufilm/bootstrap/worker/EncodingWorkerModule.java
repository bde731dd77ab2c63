package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.media.LocalScratchSpace;
import com.harufilm.application.encoding.EncodeVideo;
import com.harufilm.application.encoding.Outages;
import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ScratchSpace;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** The encoding job a worker runs; the embedded run uses it too, inside the API process. */
@Module
public interface EncodingWorkerModule {

    /** A store or broker outage the worker waits out before a delivery fails: well under the 30 min hold on the video. */
    Duration OUTAGE_PATIENCE = Duration.ofMinutes(5);

    /** Cleared when the process starts: a worker killed mid-encode leaves nothing lasting. */
    @Provides
    @Singleton
    static ScratchSpace scratchSpace(@Named("workDir") Path workDir) {
        return LocalScratchSpace.clearedAt(workDir);
    }

    @Provides
    static EncodeVideo encodeVideo(ObjectStore store, MediaEncoder encoder, EncodingEvents events, ScratchSpace scratch,
                                   @Named("maxEncodeAttempts") int maxAttempts, Clock clock) {
        return new EncodeVideo(store, encoder, events, scratch, maxAttempts,
                new Outages(OUTAGE_PATIENCE, clock, Thread::sleep, new SecureRandom()), clock);
    }
}
