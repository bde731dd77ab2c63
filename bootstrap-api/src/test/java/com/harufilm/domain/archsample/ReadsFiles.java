package com.harufilm.domain.archsample;

import java.nio.file.Path;

/** Breaks theDomainDoesNoIo: a domain type that knows about files. */
public record ReadsFiles(Path file) {
}
