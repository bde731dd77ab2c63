/** The "Playback" routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.playback;

import org.jspecify.annotations.NullMarked;
