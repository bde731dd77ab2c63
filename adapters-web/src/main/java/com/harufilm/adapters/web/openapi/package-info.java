/** The contract in machine-readable form: docs/openapi.yaml served as /openapi.json, and its reference page. */
@NullMarked
package com.harufilm.adapters.web.openapi;

import org.jspecify.annotations.NullMarked;
