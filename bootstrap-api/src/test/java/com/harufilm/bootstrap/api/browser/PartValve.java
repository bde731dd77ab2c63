package com.harufilm.bootstrap.api.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Holds a browser context's part PUTs back once the first few have gone through, so a test can
 * cut the network between two parts exactly: on this machine a part crosses in milliseconds,
 * and parallel parts would all be done before the test could react.
 */
public final class PartValve {

    private static final Predicate<String> PART_URL = url -> url.contains("partNumber=");

    private final BrowserContext context;
    private final int letThrough;
    private final List<Route> held = new ArrayList<>();
    private final Consumer<Route> handler = this::route;
    private int passed;

    private PartValve(BrowserContext context, int letThrough) {
        this.context = context;
        this.letThrough = letThrough;
    }

    /** Lets the first {@code parts} part PUTs of {@code context} through and holds every later one. */
    public static PartValve letThrough(BrowserContext context, int parts) {
        var valve = new PartValve(context, parts);
        context.route(PART_URL, valve.handler);
        return valve;
    }

    private void route(Route route) {
        if (!"PUT".equals(route.request().method()) || passed < letThrough) {
            passed += "PUT".equals(route.request().method()) ? 1 : 0;
            route.resume();
        } else {
            held.add(route);
        }
    }

    /** How many PUTs wait now. */
    public int holding() {
        return held.size();
    }

    /** The network goes: the held PUTs fail as a lost connection fails them; later PUTs are no longer held. */
    public void cut() {
        context.unroute(PART_URL, handler);
        held.forEach(route -> route.abort("internetdisconnected"));
        held.clear();
    }

    /** Stops holding, leaving the held PUTs to whatever comes next (a reload cancels them). */
    public void release() {
        context.unroute(PART_URL, handler);
        held.clear();
    }
}
