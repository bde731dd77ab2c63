package com.harufilm.bootstrap.api.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part PUTs a browser context sends to the store's presigned URLs, counted per part number
 * as they leave and as the store answers them. A part the store already took that leaves again
 * is a part sent twice: the resumable protocol exists so that this does not happen.
 */
public final class StoreTraffic {

    private static final Pattern PART_NUMBER = Pattern.compile("(?:^|&)partNumber=(\\d+)(?:&|$)");

    private final Map<Integer, Integer> sent = new TreeMap<>();
    private final Set<Integer> stored = ConcurrentHashMap.newKeySet();
    private final List<String> sentAgain = new ArrayList<>();

    private StoreTraffic() {
    }

    /** Starts counting the part PUTs of {@code context} (every page, reloads included). */
    public static StoreTraffic of(BrowserContext context) {
        var traffic = new StoreTraffic();
        context.onRequest(traffic::leaving);
        context.onResponse(traffic::answered);
        return traffic;
    }

    private synchronized void leaving(Request request) {
        Integer part = partNumber(request);
        if (part != null) {
            sent.merge(part, 1, Integer::sum);
            if (stored.contains(part)) {
                sentAgain.add("part " + part + " (" + sent.get(part) + " PUTs)");
            }
        }
    }

    private synchronized void answered(Response response) {
        Integer part = partNumber(response.request());
        if (part != null && response.status() == 200) {
            stored.add(part);
        }
    }

    /** A PUT with a {@code partNumber} query parameter: the presigned part URLs, and nothing the API serves. */
    private static Integer partNumber(Request request) {
        if (!"PUT".equals(request.method())) {
            return null;
        }
        String query = URI.create(request.url()).getRawQuery();
        Matcher matcher = query == null ? null : PART_NUMBER.matcher(query);
        return matcher != null && matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** The parts the store has answered 200 for, so far. */
    public synchronized Set<Integer> storedParts() {
        return Set.copyOf(stored);
    }

    /** How many PUTs left for each part number, in part order. */
    public synchronized Map<Integer, Integer> putsPerPart() {
        return new TreeMap<>(sent);
    }

    /** Each part sent again after the store had taken it; empty when the client resumed as it should. */
    public synchronized List<String> partsSentAgain() {
        return List.copyOf(sentAgain);
    }
}
