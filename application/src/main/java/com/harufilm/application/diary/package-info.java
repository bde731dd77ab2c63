/** The diary: calendar, today's feed with memories, a day's video, timestamps, deletes, questions. */
@NullMarked
package com.harufilm.application.diary;

import org.jspecify.annotations.NullMarked;
