package com.harufilm.domain.share;

import com.harufilm.domain.error.InvalidRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How long a share may live and how many one user may hold, as api.md sets them. */
public final class ShareRules {

    public static final int DEFAULT_HOURS = 168;
    public static final int MAX_HOURS = 720;
    public static final int MAX_LIVE_PER_USER = 50;

    private ShareRules() {
    }

    /** {@code hours} as asked (1-720), or a week when not given. */
    public static Duration lifetime(@Nullable Integer hours) {
        int asked = hours == null ? DEFAULT_HOURS : hours;
        if (asked < 1 || asked > MAX_HOURS) {
            throw new InvalidRequest("expiresInHours", "expiresInHours must be between 1 and " + MAX_HOURS);
        }
        return Duration.ofHours(asked);
    }

    /** Refuses one more share to a user who already holds {@code live} live ones. */
    public static void requireRoomBeside(int live) {
        if (live >= MAX_LIVE_PER_USER) {
            throw new InvalidRequest("shares", "at most " + MAX_LIVE_PER_USER + " live share links; revoke one first");
        }
    }
}
