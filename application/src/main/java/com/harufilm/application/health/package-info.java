@NullMarked
package com.harufilm.application.health;

import org.jspecify.annotations.NullMarked;
