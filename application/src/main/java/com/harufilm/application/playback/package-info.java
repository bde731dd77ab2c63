/** Playback of a COMPLETE video: signed links and the HLS playlists served behind them. */
@NullMarked
package com.harufilm.application.playback;

import org.jspecify.annotations.NullMarked;
