@NullMarked
package com.harufilm.domain.user;

import org.jspecify.annotations.NullMarked;
