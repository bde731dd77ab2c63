package com.harufilm.adapters.web;

import com.harufilm.domain.error.DomainException;
import com.harufilm.domain.error.ErrorCode;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every error a client sees is problem+json with
 * its contract code, and nothing internal (stack, SQL, class names) leaves the process.
 */
final class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String OUTAGE_RETRY_AFTER_SECONDS = "2";

    void handle(Exception failure, Context ctx) {
        write(ctx, toProblem(failure, ctx));
    }

    /**
     * Statuses Javalin answers itself, without an exception handler: unknown routes (404), bodies
     * over the limit (413) and its own bad-request checks (400).
     */
    void byStatus(Context ctx) {
        String written = ctx.res().getContentType();
        // A problem already written stays, and so does a page a route answered with on purpose (the share page's 404).
        if (written != null && (written.startsWith(Problem.CONTENT_TYPE) || written.startsWith("text/html"))) {
            return;
        }
        String path = ctx.path();
        write(ctx, switch (ctx.statusCode()) {
            case 400 -> Problem.of(400, ErrorCode.INVALID_REQUEST, "the request is malformed", path);
            case 413 -> Problem.of(413, ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than allowed", path);
            default -> Problem.of(404, ErrorCode.NOT_FOUND, "no route for " + ctx.method() + " " + path, path);
        });
    }

    private Problem toProblem(Exception failure, Context ctx) {
        String instance = ctx.path();
        // A domain error may arrive wrapped (by a library between the route and the use case): its own code wins.
        DomainException domain = causeOfType(failure, DomainException.class);
        if (domain != null) {
            int status = ErrorStatuses.of(domain);
            if (status == 503) {
                // A dependency is out: every request says so while it lasts, so one line each without
                // the stack (the same one each time); /health/ready and the metrics show the outage.
                log.warn("request failed requestId={} code={} cause={}", RequestIds.of(ctx), domain.code(), rootCause(domain).toString());
                // Outages last seconds: a client that waits this long before retrying does not pile on.
                ctx.header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS);
            } else if (status >= 500) {
                log.error("request failed requestId={} code={}", RequestIds.of(ctx), domain.code(), domain);
            }
            return Problem.of(status, domain.code(), domain.getMessage(), instance);
        }
        if (failure instanceof RateLimitExceeded limited) {
            ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
            return Problem.of(429, ErrorCode.RATE_LIMITED, limited.getMessage(), instance);
        }
        return unexpected(failure, ctx);
    }

    private Problem unexpected(Exception failure, Context ctx) {
        String requestId = RequestIds.of(ctx);
        log.error("unexpected failure requestId={}", requestId, failure);
        return Problem.of(500, ErrorCode.INTERNAL_ERROR, "something went wrong on our side (request " + requestId + ")", ctx.path());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static <T extends Throwable> @Nullable T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void write(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
    }
}
