package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.EncodingAttemptsContract;
import com.harufilm.domain.video.VideoId;

/** The EncodingAttempts contract on a database's videos rows. */
abstract class JdbiEncodingAttemptsContract extends EncodingAttemptsContract<JdbiPorts> {

    @Override
    protected long attemptsOf(VideoId video) {
        return ports.count("SELECT encode_attempts FROM videos WHERE id = ?", video.value());
    }
}
