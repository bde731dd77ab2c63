package com.harufilm.application.fakes;

import com.harufilm.application.contract.StoreContract.StorePorts;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The object store's four ports on one set of maps, as S3 keeps them in one bucket; tests put parts
 * with {@link #putPart}, or through part URLs as clients do with {@link InMemoryLinkFollower}.
 */
public class InMemoryObjectStore implements ObjectStore, MultipartUploads, SignedLinks, ObjectRemoval {

    private record Upload(String key, Instant initiated, TreeMap<Integer, StoredPart> parts, Map<Integer, String> texts) {
    }

    public final Map<String, Long> objects = new HashMap<>();
    /** Contents of objects written as text, uploaded from files or assembled from parts put through URLs. */
    public final Map<String, String> contents = new HashMap<>();
    /** Store upload ids whose abort fails, as when the store is away. */
    public final Set<String> failingAborts = new HashSet<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Clock clock;
    private int nextId = 1;

    public InMemoryObjectStore(Clock clock) {
        this.clock = clock;
    }

    /** The four ports on this store, with a follower of its URLs, as the contracts take them. */
    public StorePorts ports() {
        return new StorePorts(this, this, this, this, new InMemoryLinkFollower(this));
    }

    public void putPart(String storeUploadId, int partNumber, long size) {
        uploads.get(storeUploadId).parts().put(partNumber, new StoredPart(partNumber, "etag-" + partNumber + "-" + size, size));
    }

    /** A part as a PUT to its URL stores it; false when the store does not know the upload. */
    boolean putPart(String storeUploadId, int partNumber, byte[] body) {
        Upload upload = uploads.get(storeUploadId);
        if (upload == null) {
            return false;
        }
        putPart(storeUploadId, partNumber, body.length);
        upload.texts().put(partNumber, new String(body, StandardCharsets.UTF_8));
        return true;
    }

    /** The etag the store gave the part, as a PUT answers it. */
    String etagOf(String storeUploadId, int partNumber) {
        return uploads.get(storeUploadId).parts().get(partNumber).etag();
    }

    Instant now() {
        return clock.instant();
    }

    /** An upload opened in the store that no session recorded, started {@code age} ago. */
    public String strayUpload(String key, Duration age) {
        String id = "up-" + nextId++;
        uploads.put(id, new Upload(key, clock.instant().minus(age), new TreeMap<>(), new HashMap<>()));
        return id;
    }

    public boolean isOpen(String storeUploadId) {
        return uploads.containsKey(storeUploadId);
    }

    @Override
    public String startMultipartUpload(String key, String contentType) {
        return strayUpload(key, Duration.ZERO);
    }

    @Override
    public PresignedUrl presignPartUpload(String key, String storeUploadId, int partNumber, long contentLength, Duration validFor) {
        return new PresignedUrl(URI.create("http://store/" + key + "?uploadId=" + storeUploadId + "&partNumber=" + partNumber
                + "&contentLength=" + contentLength),
                clock.instant().plus(validFor));
    }

    @Override
    public List<StoredPart> listParts(String key, String storeUploadId) {
        Upload upload = uploads.get(storeUploadId);
        return upload == null ? List.of() : List.copyOf(upload.parts().values());
    }

    @Override
    public boolean completeMultipartUpload(String key, String storeUploadId, List<StoredPart> parts) {
        Upload upload = uploads.remove(storeUploadId);
        if (upload == null) {
            return false;
        }
        objects.put(key, parts.stream().mapToLong(StoredPart::size).sum());
        if (!upload.texts().isEmpty()) {
            StringBuilder text = new StringBuilder();
            parts.forEach(part -> text.append(upload.texts().getOrDefault(part.partNumber(), "")));
            contents.put(key, text.toString());
        }
        return true;
    }

    @Override
    public void abortMultipartUpload(String key, String storeUploadId) {
        if (failingAborts.contains(storeUploadId)) {
            throw new IllegalStateException("the store is away");
        }
        uploads.remove(storeUploadId);
    }

    @Override
    public List<PendingUpload> listPendingUploads(String prefix) {
        List<PendingUpload> pending = new ArrayList<>();
        uploads.forEach((id, upload) -> {
            if (upload.key().startsWith(prefix)) {
                pending.add(new PendingUpload(upload.key(), id, upload.initiated()));
            }
        });
        return pending;
    }

    @Override
    public Optional<Long> sizeOf(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public void deletePrefix(String prefix) {
        uploads.values().removeIf(upload -> upload.key().startsWith(prefix));
        objects.keySet().removeIf(key -> key.startsWith(prefix));
        contents.keySet().removeIf(key -> key.startsWith(prefix));
    }

    @Override
    public void download(String key, Path target) {
        try {
            Files.writeString(target, contents.getOrDefault(key, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void upload(Path file, String key, String contentType) {
        try {
            contents.put(key, Files.readString(file));
            objects.put(key, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String readText(String key) {
        return contents.get(key);
    }

    /** The expiry rides in the URL, as a signature's does, so a follower can refuse a late GET. */
    @Override
    public PresignedUrl presignGet(String key, Duration validFor) {
        Instant expiresAt = clock.instant().plus(validFor);
        return new PresignedUrl(URI.create("http://store/" + key + "?signed&expires=" + expiresAt.getEpochSecond()), expiresAt);
    }
}
