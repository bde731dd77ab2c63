/** The "Videos" and "Playback" routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.video;

import org.jspecify.annotations.NullMarked;
