package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.push.FcmSettings;
import com.harufilm.bootstrap.worker.Env;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings with which an API would open a door or pretend to work: each needs an explicit
 * word outside the embedded run, or the API refuses to start.
 */
final class SafetySwitches {

    /** Named for the one thing it unlocks, so it is never set by a template meaning something else. */
    static final String NOT_PRODUCTION = "HARU_DEV_LOGIN_I_KNOW_THIS_IS_NOT_PRODUCTION";

    private SafetySwitches() {
    }

    /** Dev login signs in by email alone: in {@code api} it also needs {@link #NOT_PRODUCTION}. */
    static boolean devLogin(Env env, boolean embedded) {
        boolean devLogin = env.bool("HARU_DEV_LOGIN", embedded);
        if (devLogin && !embedded && !env.bool(NOT_PRODUCTION, false)) {
            env.problem("HARU_DEV_LOGIN", "signs anyone in by email alone; an api starts with it only when "
                    + NOT_PRODUCTION + "=true says this is not production");
        }
        return devLogin;
    }

    /**
     * How many proxies append to X-Forwarded-For: HARU_TRUSTED_PROXY_HOPS, 1 by default once
     * HARU_TRUST_FORWARDED_FOR is true, and never without it (a header nobody vouches for is the client's own).
     */
    static int trustedProxyHops(Env env) {
        boolean trusted = env.bool("HARU_TRUST_FORWARDED_FOR", false);
        int hops = env.integer("HARU_TRUSTED_PROXY_HOPS", trusted ? 1 : 0, 0, 10);
        if (trusted && hops == 0) {
            env.problem("HARU_TRUSTED_PROXY_HOPS", "must be at least 1 when HARU_TRUST_FORWARDED_FOR is true");
        } else if (!trusted && hops > 0) {
            env.problem("HARU_TRUSTED_PROXY_HOPS", "needs HARU_TRUST_FORWARDED_FOR=true");
            return 0;
        }
        return hops;
    }

    /**
     * FCM from HARU_FCM_SERVICE_ACCOUNT (at HARU_FCM_URL when a stand-in replaces Google's hosts); empty means the log sender, which {@code api} takes only
     * with HARU_PUSH=log, so a forgotten service account never looks like delivered pushes.
     */
    static Optional<FcmSettings> fcm(Env env, boolean embedded) {
        String serviceAccount = env.string("HARU_FCM_SERVICE_ACCOUNT", "");
        String push = env.string("HARU_PUSH", embedded || serviceAccount.isEmpty() ? "log" : "fcm");
        Duration timeout = env.millis("HARU_FCM_TIMEOUT_MS", FcmSettings.DEFAULT_TIMEOUT);
        switch (push) {
            case "fcm" -> {
                if (serviceAccount.isEmpty()) {
                    env.problem("HARU_PUSH", "is fcm but HARU_FCM_SERVICE_ACCOUNT is not set");
                    return Optional.empty();
                }
                FcmSettings settings = FcmSettings.of(serviceAccount, timeout);
                String standIn = env.string("HARU_FCM_URL", "");
                return Optional.of(standIn.isEmpty() ? settings : settings.reroutedTo(env.uri("HARU_FCM_URL", "http://127.0.0.1")));
            }
            case "log" -> {
                if (!embedded && !serviceAccount.isEmpty()) {
                    env.problem("HARU_PUSH", "is log but HARU_FCM_SERVICE_ACCOUNT is set: choose one");
                } else if (!embedded && !env.string("HARU_PUSH", "").equals("log")) {
                    env.problem("HARU_FCM_SERVICE_ACCOUNT", "is required: without it pushes reach no phone"
                            + " (set HARU_PUSH=log to log them on purpose)");
                }
                return Optional.empty();
            }
            default -> {
                env.problem("HARU_PUSH", "must be fcm or log, got '" + push + "'");
                return Optional.empty();
            }
        }
    }
}
