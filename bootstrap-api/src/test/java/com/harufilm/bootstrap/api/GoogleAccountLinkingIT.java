package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.ApiUnderTest.Response;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Accounts stay their owner's: on MariaDB, where concurrent first logins really race. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleAccountLinkingIT {

    @TempDir
    static Path work;

    private TestDatabase database;
    private GoogleStub google;
    private ApiUnderTest api;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.mariaDb();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000);
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
        google.close();
        database.close();
    }

    private Response googleLogin(String code) throws Exception {
        return api.post("/auth/google", "{\"code\":\"" + code + "\",\"redirectUri\":\"https://app/cb\"}");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAddressThatMovedToAnotherGoogleAccountOpensNothingOfTheFirst() throws Exception {
        String email = unique("recycled") + "@example.com";
        String first = unique("code");
        String second = unique("code");
        google.accept(first, unique("sub-owner"), email);
        google.accept(second, unique("sub-newcomer"), email);
        long owner = googleLogin(first).body().get("user").get("userId").asLong();

        Response refused = googleLogin(second);

        assertEquals(401, refused.status(), refused.body().toString());
        assertEquals("GOOGLE_AUTH_FAILED", refused.code());
        assertEquals(1, count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", owner), "no second login");
    }

    @Test
    void devLoginNeverEntersAnAccountThatSignsInWithGoogle() throws Exception {
        String email = unique("googler") + "@example.com";
        String code = unique("code");
        google.accept(code, unique("sub"), email);
        long user = googleLogin(code).body().get("user").get("userId").asLong();

        Response refused = api.post("/auth/dev", "{\"email\":\"" + email + "\"}");

        assertEquals(401, refused.status(), refused.body().toString());
        assertEquals("GOOGLE_AUTH_FAILED", refused.code());
        assertEquals(1, count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", user));
    }

    @Test
    void concurrentFirstLoginsOfOneAccountMakeOneUserAndAllSucceed() throws Exception {
        String email = unique("first") + "@example.com";
        String subject = unique("sub");
        List<String> codes = IntStream.range(0, 8).mapToObj(i -> unique("code")).toList();
        codes.forEach(code -> google.accept(code, subject, email));

        List<Integer> statuses = all(codes.stream().<Callable<Integer>>map(code -> () -> googleLogin(code).status()).toList());

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE google_subject = ?", subject));
    }

    @Test
    void twoGoogleAccountsRacingForOneAddressLeaveItToExactlyOne() throws Exception {
        String email = unique("contested") + "@example.com";
        String one = unique("code");
        String other = unique("code");
        google.accept(one, unique("sub-a"), email);
        google.accept(other, unique("sub-b"), email);

        List<Integer> statuses = all(List.of(() -> googleLogin(one).status(), () -> googleLogin(other).status()));

        assertEquals(List.of(200, 401), statuses.stream().sorted().toList());
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email = ?", email));
    }

    private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            var results = pool.invokeAll(calls);
            var statuses = new java.util.ArrayList<Integer>();
            for (var result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    private int count(String sql, Object parameter) throws Exception {
        var settings = database.settings();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
