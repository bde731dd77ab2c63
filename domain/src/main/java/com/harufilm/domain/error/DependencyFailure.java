package com.harufilm.domain.error;

/**
 * A part the product relies on (database, broker, object store, push service) failed. Adapters
 * raise it at their port with the matching code, so no SDK or JDBC exception crosses into the core.
 */
public final class DependencyFailure extends DomainException {

    public DependencyFailure(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
