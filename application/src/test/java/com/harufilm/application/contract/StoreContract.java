package com.harufilm.application.contract;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the object store's contracts share: the four ports of one store, opened empty for each test,
 * their clock (where they keep one) standing at {@link PortContract#NOW}, and a follower of the URLs
 * they sign. A subclass says which store runs them (S3, or the fake).
 */
public abstract class StoreContract {

    /** The ports of one store, which share its objects, and a client of its presigned URLs. */
    public record StorePorts(ObjectStore objects, MultipartUploads uploads, SignedLinks links, ObjectRemoval removal,
                             LinkFollower follower) {
    }

    /** A store opened for one test: its ports, and what closing it takes (nothing, for the fake). */
    public interface OpenStore extends AutoCloseable {

        StorePorts ports();

        @Override
        default void close() throws Exception {
        }
    }

    @TempDir
    protected Path folder;

    protected StorePorts store;

    private OpenStore opened;

    /** The store under test, empty; it may keep its files under {@link #folder}. */
    protected abstract OpenStore openStore() throws Exception;

    @BeforeEach
    final void open() throws Exception {
        opened = openStore();
        store = opened.ports();
    }

    @AfterEach
    final void close() throws Exception {
        opened.close();
    }

    protected static String key(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
