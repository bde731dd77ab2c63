/** Push notices to users' devices: recorded with the events that cause them, sent by a dispatcher. */
@NullMarked
package com.harufilm.application.notification;

import org.jspecify.annotations.NullMarked;
