/** The web client served by the API: plain HTML, CSS and ES modules from this jar. */
@NullMarked
package com.harufilm.adapters.web.client;

import org.jspecify.annotations.NullMarked;
