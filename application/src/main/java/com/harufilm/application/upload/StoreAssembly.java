package com.harufilm.application.upload;

import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.domain.upload.UploadSession;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whether the store has already put an upload's parts together: no parts are listed any more, yet
 * the object at the session's key has the whole file's size. A complete that died between the
 * store's assembly and the database commit (a crash, an outage) leaves an upload so.
 */
final class StoreAssembly {

    /** The etag the status gives an assembled upload's parts: the store no longer knows theirs, and complete needs none. */
    static final String ASSEMBLED = "assembled";

    private final ObjectStore store;

    StoreAssembly(ObjectStore store) {
        this.store = store;
    }

    boolean assembled(UploadSession session, List<StoredPart> listed) {
        return listed.isEmpty() && store.sizeOf(session.objectKey()).filter(size -> size == session.plan().fileSize()).isPresent();
    }

    /** Every part of the plan as held, since the object that holds them all is there. */
    static List<StoredPart> everyPart(UploadSession session) {
        return IntStream.rangeClosed(1, session.plan().partCount())
                .mapToObj(number -> new StoredPart(number, ASSEMBLED, session.plan().sizeOf(number)))
                .toList();
    }
}
