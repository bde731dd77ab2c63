package com.harufilm.application.share;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.domain.error.ShareNotFound;
import com.harufilm.domain.share.ShareId;
import com.harufilm.domain.user.UserId;

/** Ends one of the caller's links at once: its page and playlists answer as if it never was. */
public final class RevokeShare {

    private final ShareLinks shares;

    public RevokeShare(ShareLinks shares) {
        this.shares = shares;
    }

    public void revoke(UserId caller, ShareId id) {
        if (!shares.revoke(caller, id)) {
            throw new ShareNotFound("share " + id + " not found");
        }
    }
}
