@NullMarked
package com.harufilm.domain.upload;

import org.jspecify.annotations.NullMarked;
