/** The "Resumable uploads" routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.upload;

import org.jspecify.annotations.NullMarked;
