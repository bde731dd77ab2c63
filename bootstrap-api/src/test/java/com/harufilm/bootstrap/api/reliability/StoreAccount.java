package com.harufilm.bootstrap.api.reliability;

import com.harufilm.domain.video.ObjectKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The bucket against the database: every stored object lies in the folder of a live video or of
 * an open upload, every finished video's objects are there, and every multipart upload still open
 * in the store belongs to a session still open. The one exception is the product's own: a store
 * upload a process opened and died before recording (no session at all, so no part could reach
 * it) is a stray that the upload sweep aborts once it is an hour old; it is counted, and allowed
 * only where the scenario killed the API, or when an earlier scenario's accountant saw it begin.
 */
final class StoreAccount {

    /** The upload sweep's ORPHAN_MIN_AGE: strays younger than this are left to it. */
    private static final Duration STRAY_SWEEP_AGE = Duration.ofHours(1);

    private final StackUnderTest stack;
    private final List<String> violations;
    private int objectsChecked;
    private int strays;

    StoreAccount(StackUnderTest stack, List<String> violations) {
        this.stack = stack;
        this.violations = violations;
    }

    /** Store uploads no session knows, awaiting the upload sweep. */
    int strays() {
        return strays;
    }

    /** Checks the bucket and returns how many objects were checked. */
    int check(Scenario scenario, Instant scenarioStart) throws Exception {
        Set<String> keys = new HashSet<>();
        stack.s3().listObjectsV2Paginator(list -> list.bucket(stack.bucket())).contents().stream().map(S3Object::key).forEach(keys::add);
        List<String> liveFolders = new ArrayList<>();
        for (Map<String, Object> video : stack.query("SELECT id, status, source_key, output_prefix, thumbnail_key FROM videos")) {
            liveFolders.add((String) video.get("output_prefix"));
            if ("COMPLETE".equals(video.get("status"))) {
                requireStored(keys, video, (String) video.get("source_key"));
                requireStored(keys, video, (String) video.get("thumbnail_key"));
                requireStored(keys, video, ObjectKeys.masterPlaylistKey((String) video.get("output_prefix")));
                for (Map<String, Object> rendition : stack.query("SELECT playlist_key FROM video_renditions WHERE video_id = ?", video.get("id"))) {
                    requireStored(keys, video, (String) rendition.get("playlist_key"));
                }
            }
        }
        for (Map<String, Object> session : stack.query("SELECT object_key FROM upload_sessions WHERE state = 'ACTIVE'")) {
            liveFolders.add(ObjectKeys.videoPrefixOf((String) session.get("object_key")));
        }
        for (String key : keys) {
            objectsChecked++;
            if (liveFolders.stream().noneMatch(key::startsWith)) {
                violations.add("object " + key + " belongs to no live video or open upload");
            }
        }
        checkOpenMultipartUploads(scenario, scenarioStart);
        return objectsChecked;
    }

    private void requireStored(Set<String> keys, Map<String, Object> video, String key) {
        objectsChecked++;
        if (key == null || !keys.contains(key)) {
            violations.add("video " + video.get("id") + " (" + video.get("status") + ") lacks its object " + key);
        }
    }

    private void checkOpenMultipartUploads(Scenario scenario, Instant scenarioStart) throws Exception {
        Set<String> open = new HashSet<>();
        for (Map<String, Object> session : stack.query("SELECT store_upload_id, expires_at FROM upload_sessions WHERE state = 'ACTIVE'")) {
            LocalDateTime expires = (LocalDateTime) session.get("expires_at");
            if (expires.toInstant(ZoneOffset.UTC).isAfter(Instant.now())) {
                open.add((String) session.get("store_upload_id"));
            }
        }
        for (MultipartUpload upload : stack.s3().listMultipartUploadsPaginator(list -> list.bucket(stack.bucket())).uploads()) {
            objectsChecked++;
            if (open.contains(upload.uploadId())) {
                continue;
            }
            if (isStray(upload) && (scenario.explainsStrayUploads() || upload.initiated().isBefore(scenarioStart))) {
                strays++;
            } else {
                violations.add("multipart upload " + upload.key() + " is open in the store but its session is not");
            }
        }
    }

    private boolean isStray(MultipartUpload upload) throws Exception {
        return stack.count("SELECT COUNT(*) FROM upload_sessions WHERE store_upload_id = ?", upload.uploadId()) == 0
                && upload.initiated().isAfter(Instant.now().minus(STRAY_SWEEP_AGE))
                && stack.s3().listParts(list -> list.bucket(stack.bucket()).key(upload.key()).uploadId(upload.uploadId())).parts().isEmpty();
    }
}
