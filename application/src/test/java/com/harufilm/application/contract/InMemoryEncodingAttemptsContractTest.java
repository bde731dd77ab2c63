package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;
import com.harufilm.domain.video.VideoId;

/** The EncodingAttempts contract on the fake the use case tests run on. */
class InMemoryEncodingAttemptsContractTest extends EncodingAttemptsContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }

    @Override
    protected long attemptsOf(VideoId video) {
        return ports.encodingAttempts().attempts.getOrDefault(video, 0);
    }
}
