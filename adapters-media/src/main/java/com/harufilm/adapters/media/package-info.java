/** Media adapters: the S3 object store (and its local stand-in); FFmpeg and FCM arrive with their issues. */
@NullMarked
package com.harufilm.adapters.media;

import org.jspecify.annotations.NullMarked;
