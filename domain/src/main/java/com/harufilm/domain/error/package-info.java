@NullMarked
package com.harufilm.domain.error;

import org.jspecify.annotations.NullMarked;
