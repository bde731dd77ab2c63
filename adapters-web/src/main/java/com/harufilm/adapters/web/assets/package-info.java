/** Pages, scripts and styles packed in the API's jars, served without a CDN. */
@NullMarked
package com.harufilm.adapters.web.assets;

import org.jspecify.annotations.NullMarked;
