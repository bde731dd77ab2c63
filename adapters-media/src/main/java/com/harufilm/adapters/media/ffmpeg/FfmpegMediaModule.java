package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.application.port.out.MediaEncoder;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/**
 * The media encoder on FFmpeg. The binaries are found (and checked for libx264) when the encoder
 * is first provided, so a worker without a usable ffmpeg fails at start-up, not at its first job.
 */
@Module
public interface FfmpegMediaModule {

    @Provides
    @Singleton
    static MediaEncoder mediaEncoder(MediaSettings settings) {
        var runner = new ProcessRunner();
        var binaries = new FfmpegLocator(System.getenv().getOrDefault("PATH", ""), runner)
                .locate(settings.ffmpegPath(), settings.ffprobePath());
        return new FfmpegMediaEncoder(binaries, settings, runner);
    }
}
