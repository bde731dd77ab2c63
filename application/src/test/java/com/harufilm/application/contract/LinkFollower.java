package com.harufilm.application.contract;

import java.net.URI;

/** Follows presigned URLs as an app or a player does, without credentials; each store's test says how. */
public interface LinkFollower {

    /** What the store answered: the status, the ETag without quotes (empty when none) and the body. */
    record Answer(int status, String etag, byte[] body) {
    }

    /** A PUT of {@code body} to a part URL. */
    Answer put(URI url, byte[] body) throws Exception;

    /** A GET of a download URL. */
    Answer get(URI url) throws Exception;
}
