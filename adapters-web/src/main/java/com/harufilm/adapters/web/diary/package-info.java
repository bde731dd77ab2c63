/** The "Videos" (diary) and questions routes of the contract. */
@NullMarked
package com.harufilm.adapters.web.diary;

import org.jspecify.annotations.NullMarked;
