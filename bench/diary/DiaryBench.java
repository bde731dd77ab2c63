// Diary read benchmark driver. Not a test: run it through bench/diary/run.sh,
// which builds the haru_bench database first. Single-file source program:
//   java -cp mysql-connector-j-26.10.0.jar bench/diary/DiaryBench.java <jdbc-url> <user> <password> [samples]
// Each sample picks one random user and runs the three queries on it (in rotating order),
// timing each from execute to the last row read, over server-side prepared statements.

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

public class DiaryBench {

    static final int WARMUP = 300;
    static final LocalDate FIRST_MONTH = LocalDate.of(2023, 1, 1);
    static final int MONTHS = 23; // data spans 2023-01-01 .. 2024-11

    // The product's SQL (JdbiDiaryReads.completeCount, JdbiDiaryReads.byOrdinals' WHERE,
    // JdbiVideoRepository.findBetween), cut to the columns the benchmark reads.
    static final String COUNT = "SELECT complete_videos FROM users WHERE id = ?";
    static final String MEMORIES = "SELECT id, upload_date FROM videos WHERE user_id = ? AND status = 'COMPLETE' "
            + "AND memory_ordinal IN (?, ?, ?, ?)";
    static final String NAIVE = "SELECT id, upload_date FROM videos WHERE user_id = ? AND status = 'COMPLETE' "
            + "AND upload_date < ? ORDER BY RAND() LIMIT 3";
    static final String CALENDAR = "SELECT id, upload_date, status FROM videos WHERE user_id = ? "
            + "AND upload_date >= ? AND upload_date < ? ORDER BY upload_date";

    /** When the last memories() call started its ordinals query (after reading the count). */
    static long ordinalsStart;

    public static void main(String[] args) throws Exception {
        String url = args[0] + "?useServerPrepStmts=true&cachePrepStmts=true&sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true";
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Random random = new Random(42);

        try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
             PreparedStatement count = c.prepareStatement(COUNT);
             PreparedStatement memories = c.prepareStatement(MEMORIES);
             PreparedStatement naive = c.prepareStatement(NAIVE);
             PreparedStatement calendar = c.prepareStatement(CALENDAR)) {
            c.setAutoCommit(true);

            long[][] ns = new long[4][samples]; // 4th: the ordinals query alone, without the count read
            long rows[] = new long[3];
            for (int i = -WARMUP; i < samples; i++) {
                long user = 1 + random.nextInt(users);
                LocalDate month = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
                for (int k = 0; k < 3; k++) {
                    int q = (i + k + WARMUP) % 3; // rotate the order so no query always runs first
                    long t0 = System.nanoTime();
                    int n = switch (q) {
                        case 0 -> memories(count, memories, user, random);
                        case 1 -> naive(naive, user, today);
                        default -> calendar(calendar, user, month);
                    };
                    long t = System.nanoTime() - t0;
                    if (i >= 0) {
                        ns[q][i] = t;
                        if (q == 0) {
                            ns[3][i] = t0 + t - ordinalsStart;
                        }
                        rows[q] += n;
                    }
                }
            }

            System.out.printf("%nsamples: %d random users of %d (after %d warm-up rounds), naive date bound %s%n%n",
                    samples, users, WARMUP, today);
            String[] names = {"memories (product: count + ordinals IN)", "memories (naive: ORDER BY RAND() LIMIT 3)",
                    "calendar (product: one month)", "  (memories product: ordinals IN alone)"};
            double naiveMedian = percentile(ns[1], 50), naiveP95 = percentile(ns[1], 95);
            System.out.printf("%-42s %10s %10s %10s %14s %14s%n", "query", "median ms", "p95 ms", "mean ms",
                    "naive/this p50", "naive/this p95");
            for (int q = 0; q < 4; q++) {
                double p50 = percentile(ns[q], 50), p95 = percentile(ns[q], 95);
                System.out.printf("%-42s %10.3f %10.3f %10.3f %13.1fx %13.1fx   (rows/query %.1f)%n", names[q],
                        p50 / 1e6, p95 / 1e6, Arrays.stream(ns[q]).average().orElse(0) / 1e6,
                        naiveMedian / p50, naiveP95 / p95, rows[q % 3] / (double) samples);
            }

            System.out.println("\nEXPLAIN (user 42, ordinals 3,17,58,91, month 2024-03):");
            explain(c, "users read   ", COUNT.replace("?", "42"));
            explain(c, "memories     ", MEMORIES.replaceFirst("\\?", "42").replace("(?, ?, ?, ?)", "(3, 17, 58, 91)"));
            explain(c, "naive RAND() ", NAIVE.replaceFirst("\\?", "42").replace("?", "'" + today + "'"));
            explain(c, "calendar     ", CALENDAR.replaceFirst("\\?", "42").replaceFirst("\\?", "'2024-03-01'")
                    .replace("?", "'2024-04-01'"));
        }
    }

    /** The product's draw: read the user's count, pick 4 distinct ordinals in 1..count, fetch them by index. */
    static int memories(PreparedStatement count, PreparedStatement memories, long user, Random random)
            throws SQLException {
        count.setLong(1, user);
        int total = 0;
        try (ResultSet rs = count.executeQuery()) {
            if (rs.next()) {
                total = rs.getInt(1);
            }
        }
        if (total < 4) {
            throw new IllegalStateException("user " + user + " has " + total + " complete videos");
        }
        int[] picked = random.ints(1, total + 1).distinct().limit(4).toArray();
        ordinalsStart = System.nanoTime();
        memories.setLong(1, user);
        for (int i = 0; i < 4; i++) {
            memories.setInt(2 + i, picked[i]);
        }
        return drain(memories);
    }

    static int naive(PreparedStatement naive, long user, LocalDate today) throws SQLException {
        naive.setLong(1, user);
        naive.setObject(2, today);
        return drain(naive);
    }

    static int calendar(PreparedStatement calendar, long user, LocalDate month) throws SQLException {
        calendar.setLong(1, user);
        calendar.setObject(2, month);
        calendar.setObject(3, month.plusMonths(1));
        return drain(calendar);
    }

    static int drain(PreparedStatement statement) throws SQLException {
        int n = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getObject(2);
                n++;
            }
        }
        return n;
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static void explain(Connection c, String label, String sql) throws SQLException {
        System.out.println(label + sql);
        try (PreparedStatement st = c.prepareStatement("EXPLAIN " + sql); ResultSet rs = st.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.add(md.getColumnLabel(i));
            }
            System.out.println("   " + String.join(" | ", header));
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                System.out.println("   " + String.join(" | ", row));
            }
        }
    }
}
