/** From a completed upload to a playable HLS ladder: the worker's encode and the API's bookkeeping of it. */
@NullMarked
package com.harufilm.application.encoding;

import org.jspecify.annotations.NullMarked;
