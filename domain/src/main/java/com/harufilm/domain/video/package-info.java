@NullMarked
package com.harufilm.domain.video;

import org.jspecify.annotations.NullMarked;
