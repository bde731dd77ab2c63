package com.harufilm.domain.archsample;

import java.net.URI;

/** Breaks theDomainDoesNoIo: a domain type that knows about the network. */
public record Fetches(URI address) {
}
