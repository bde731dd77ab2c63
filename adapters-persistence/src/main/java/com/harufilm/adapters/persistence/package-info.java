/** Database adapters: Jdbi repositories beside their SQL, and Flyway migrations. */
@NullMarked
package com.harufilm.adapters.persistence;

import org.jspecify.annotations.NullMarked;
