import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on the API's read path (bench/read/run.sh runs it): requests leave at fixed
 * intervals whatever the answers do, and each latency counts from the request's scheduled send
 * time, so a stalled server shows in the figures instead of slowing the client down (no
 * coordinated omission). Mix: calendar, today-feed and by-date in equal parts, each for a random
 * user with an access token minted as JwtAccessTokens does.
 *
 * Args: baseUrl jwtKeys(kid:base64) users perUser firstDate warmupSec phaseSec rate[,rate...] [name=pid,...]
 */
public final class ReadLoad {

    enum Route { CALENDAR, TODAY_FEED, BY_DATE }

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** One request's outcome: the route, latency from its scheduled time (ns), and whether it failed. */
    record Sample(Route route, long latencyNanos, String error) {
    }

    private final URI base;
    private final String[] tokens;
    private final int perUser;
    private final LocalDate firstDate;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    ReadLoad(URI base, String[] tokens, int perUser, LocalDate firstDate) {
        this.base = base;
        this.tokens = tokens;
        this.perUser = perUser;
        this.firstDate = firstDate;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String[] key = args[1].split(",")[0].split(":", 2);
        int users = Integer.parseInt(args[2]);
        int perUser = Integer.parseInt(args[3]);
        LocalDate firstDate = LocalDate.parse(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int phase = Integer.parseInt(args[6]);
        int[] rates = Arrays.stream(args[7].split(",")).mapToInt(Integer::parseInt).toArray();
        Map<String, Long> pids = new LinkedHashMap<>();
        if (args.length > 8) {
            for (String entry : args[8].split(",")) {
                String[] nameAndPid = entry.split("=");
                pids.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
            }
        }
        var load = new ReadLoad(base, mintTokens(key[0], Base64.getDecoder().decode(key[1]), users), perUser, firstDate);
        load.showOneOfEach();
        System.out.printf("warm-up: %d s at %d requests/s (not counted)%n", warmup, rates[0]);
        load.run(rates[0], warmup, new SplittableRandom(7));
        for (int rate : rates) {
            Map<String, Long> cpuBefore = cpuTicks(pids);
            long clientBefore = clientCpuNanos();
            String loadBefore = loadavg();
            List<Sample> samples = load.run(rate, phase, new SplittableRandom(rate));
            report(rate, phase, samples, loadBefore, cpuBefore, cpuTicks(pids), clientCpuNanos() - clientBefore);
        }
    }

    /** As JwtAccessTokens.issue: kid header, iss harufilm, sub the user id, iat and exp. */
    static String[] mintTokens(String kid, byte[] secret, int users) {
        Algorithm hmac = Algorithm.HMAC256(secret);
        Instant now = Instant.now();
        String[] tokens = new String[users + 1];
        for (int user = 1; user <= users; user++) {
            tokens[user] = JWT.create().withKeyId(kid).withIssuer("harufilm").withSubject(Long.toString(user))
                    .withIssuedAt(now).withExpiresAt(now.plus(Duration.ofHours(2))).sign(hmac);
        }
        return tokens;
    }

    /** One answer of each route, so the output shows the load reads what it should. */
    private void showOneOfEach() throws Exception {
        var random = new SplittableRandom(1);
        for (Route route : Route.values()) {
            // A cold API may take seconds for its first answers: these wait longer than the load's requests.
            HttpRequest request = HttpRequest.newBuilder(request(route, random), (name, value) -> true).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            System.out.printf("%-10s %s -> %d %s%n", route, response.uri().getPath() + (response.uri().getQuery() == null ? "" : "?" + response.uri().getQuery()),
                    response.statusCode(), body.length() > 240 ? body.substring(0, 240) + "..." : body);
        }
    }

    /** Sends rate requests a second for seconds, each at its scheduled instant, and waits for every answer. */
    private List<Sample> run(int rate, int seconds, SplittableRandom random) throws InterruptedException {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        List<Sample> samples = new ArrayList<>(total);
        var done = new CountDownLatch(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Route route = Route.values()[random.nextInt(Route.values().length)];
            client.sendAsync(request(route, random), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long latency = System.nanoTime() - scheduled;
                        String error = failure != null ? (failure.getCause() != null ? failure.getCause() : failure).getClass().getSimpleName()
                                : response.statusCode() / 100 != 2 ? "HTTP " + response.statusCode() : null;
                        synchronized (samples) {
                            samples.add(new Sample(route, latency, error));
                        }
                        done.countDown();
                    });
        }
        done.await();
        return samples;
    }

    private HttpRequest request(Route route, SplittableRandom random) {
        int user = random.nextInt(1, tokens.length);
        // The loader's dates: ordinal n on firstDate + (n - 1) weeks + user % 7 days; the last one was moved to today.
        LocalDate first = firstDate.plusDays(user % 7);
        String path = switch (route) {
            case CALENDAR -> "/videos?month=" + YearMonth.from(first.plusWeeks(random.nextInt(perUser - 1)));
            case TODAY_FEED -> "/videos/today-feed";
            case BY_DATE -> "/videos/by-date/" + first.plusWeeks(random.nextInt(perUser - 1));
        };
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens[user]).GET().build();
    }

    private static void report(int rate, int seconds, List<Sample> samples, String loadBefore,
                               Map<String, Long> cpuBefore, Map<String, Long> cpuAfter, long clientCpu) {
        System.out.printf("%n== %d requests/s for %d s (loadavg before %s, after %s)%n", rate, seconds, loadBefore, loadavg());
        System.out.printf("%-11s %8s %9s %9s %9s %7s%n", "route", "requests", "p50 ms", "p99 ms", "max ms", "errors");
        Map<String, List<Sample>> byRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            byRoute.put(route.name().toLowerCase().replace('_', '-'), samples.stream().filter(s -> s.route() == route).toList());
        }
        byRoute.put("all", samples);
        byRoute.forEach((name, list) -> {
            long[] latencies = list.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
            System.out.printf("%-11s %8d %9.2f %9.2f %9.2f %7d%n", name, latencies.length, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), latencies[latencies.length - 1] / 1e6, list.stream().filter(s -> s.error() != null).count());
        });
        Map<String, Long> errors = new TreeMap<>();
        samples.stream().filter(s -> s.error() != null).forEach(s -> errors.merge(s.route() + " " + s.error(), 1L, Long::sum));
        if (!errors.isEmpty()) {
            System.out.println("errors: " + errors);
        }
        // CPU seconds each process spent in the phase, of the 2 x seconds the machine has.
        var cpu = new StringBuilder("cpu s:");
        cpuAfter.forEach((name, ticks) -> cpu.append(String.format(" %s %.1f", name, (ticks - cpuBefore.get(name)) / 100.0)));
        cpu.append(String.format(" load-generator %.1f (of %d s wall)", clientCpu / 1e9, seconds));
        System.out.println(cpu);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of each process, in clock ticks (USER_HZ, 100 on Linux). */
    private static Map<String, Long> cpuTicks(Map<String, Long> pids) throws IOException {
        Map<String, Long> ticks = new ConcurrentHashMap<>();
        for (var entry : pids.entrySet()) {
            String stat = Files.readString(Path.of("/proc/" + entry.getValue() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(entry.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
        return new LinkedHashMap<>(new TreeMap<>(ticks));
    }

    private static String loadavg() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }
}
