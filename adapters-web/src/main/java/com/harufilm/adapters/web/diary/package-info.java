/** The "Videos" and "Playback" routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.diary;

import org.jspecify.annotations.NullMarked;
