package com.harufilm.application.share;

import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareToken;
import org.jspecify.annotations.Nullable;

/** A link as its owner sees it; {@code token} is null only when the key that made it is retired. */
public record ShareView(Share share, @Nullable ShareToken token) {
}
