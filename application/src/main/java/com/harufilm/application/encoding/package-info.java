/** From a completed upload to a playable HLS ladder: the worker's encode, the API's bookkeeping, playback. */
@NullMarked
package com.harufilm.application.encoding;

import org.jspecify.annotations.NullMarked;
