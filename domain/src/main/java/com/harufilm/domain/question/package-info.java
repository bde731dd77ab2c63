@NullMarked
package com.harufilm.domain.question;

import org.jspecify.annotations.NullMarked;
