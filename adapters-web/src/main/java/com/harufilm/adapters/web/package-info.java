/** The HTTP edge: Javalin routes, request/response records, problem+json, CORS, metrics. */
@NullMarked
package com.harufilm.adapters.web;

import org.jspecify.annotations.NullMarked;
