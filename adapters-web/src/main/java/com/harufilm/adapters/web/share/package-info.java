/** Share links over HTTP: the owner's JSON routes and the public page, playlists and thumbnail behind a link. */
@NullMarked
package com.harufilm.adapters.web.share;

import org.jspecify.annotations.NullMarked;
