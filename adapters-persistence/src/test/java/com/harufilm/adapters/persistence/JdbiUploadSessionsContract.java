package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.UploadSessionsContract;
import com.harufilm.domain.upload.UploadId;
import java.time.Instant;

/** The UploadSessions contract on a database, with the end time only its rows show. */
abstract class JdbiUploadSessionsContract extends UploadSessionsContract<JdbiPorts> {

    @Override
    protected void assertFinishedAt(UploadId id, Instant at) {
        assertSameSecond(at, ports.adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT finished_at FROM upload_sessions WHERE id = ?").bind(0, id.value()).mapTo(Instant.class).one()));
    }
}
