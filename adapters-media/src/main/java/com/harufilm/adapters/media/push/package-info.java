/** Push notifications through Firebase Cloud Messaging (firebase-admin). */
@NullMarked
package com.harufilm.adapters.media.push;

import org.jspecify.annotations.NullMarked;
