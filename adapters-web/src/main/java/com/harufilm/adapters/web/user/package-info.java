/** The "Me and devices" routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.user;

import org.jspecify.annotations.NullMarked;
