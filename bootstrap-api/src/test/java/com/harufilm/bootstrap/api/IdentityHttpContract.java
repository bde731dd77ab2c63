package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.adapters.web.tokens.JwtAccessTokens;
import com.harufilm.bootstrap.api.ApiUnderTest.Response;
import com.harufilm.domain.user.UserId;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
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

/** Every Auth and "Me and devices" route of the contract, and each of their error codes, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdentityHttpContract {

    @TempDir
    static Path work;

    private TestDatabase database;
    private GoogleStub google;
    private ApiUnderTest api;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() throws Exception {
        database = createDatabase();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000);
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
        google.close();
        database.close();
    }

    private Response devLogin(String email) throws Exception {
        Response login = api.post("/auth/dev", "{\"email\":\"" + email + "\"}");
        assertEquals(200, login.status(), login.body().toString());
        return login;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
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

    @Test
    void theWebClientLearnsHowToSignInButNeverTheClientSecret() throws Exception {
        Response config = api.send("GET", "/app/config.json", (String) null, null);
        assertEquals(200, config.status());
        assertEquals(true, config.body().get("devLogin").asBoolean());
        assertEquals(GoogleStub.CLIENT_ID, config.body().at("/google/clientId").asText());
        assertEquals(google.settings().authorizeUri().toString(), config.body().at("/google/authorizeUrl").asText());
        assertFalse(config.raw().body().contains(google.settings().clientSecret()), config.raw().body());
    }

    @Test
    void aGoogleLoginCreatesTheUserOnceAndAnswersTheContractShape() throws Exception {
        String email = unique("google");
        google.accept("code-1", "sub-" + email, email);
        google.accept("code-2", "sub-" + email, email);

        Response first = api.post("/auth/google", "{\"code\":\"code-1\",\"redirectUri\":\"https://app/cb\",\"codeVerifier\":\"v\"}");
        Response second = api.post("/auth/google", "{\"code\":\"code-2\",\"redirectUri\":\"https://app/cb\",\"fcmToken\":\"tok-" + email + "\",\"platform\":\"IOS\"}");

        assertEquals(200, first.status(), first.body().toString());
        var user = first.body().get("user");
        assertEquals(email, user.get("email").asText());
        assertEquals("Asia/Seoul", user.get("timezone").asText());
        assertEquals("20:00", user.get("reminderTime").asText());
        assertTrue(user.get("remindersEnabled").asBoolean());
        assertEquals("ko", user.get("locale").asText());
        assertTrue(user.has("profileImageUrl"));
        assertEquals(900, first.body().get("expiresIn").asInt());
        assertEquals(user.get("userId"), second.body().get("user").get("userId"));
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email = ?", email));
        assertEquals(1, count("SELECT COUNT(*) FROM devices WHERE fcm_token = ?", "tok-" + email));
    }

    @Test
    void aCodeGoogleRejectsIsGoogleAuthFailed() throws Exception {
        Response rejected = api.post("/auth/google", "{\"code\":\"stolen\",\"redirectUri\":\"https://app/cb\"}");

        assertEquals(401, rejected.status());
        assertEquals("GOOGLE_AUTH_FAILED", rejected.code());
    }

    @Test
    void anAddressThatMovedToAnotherGoogleAccountOpensNothingOfTheFirst() throws Exception {
        String email = unique("recycled");
        String first = codeFor(UUID.randomUUID().toString(), email);
        String second = codeFor(UUID.randomUUID().toString(), email);
        long owner = googleLogin(first).body().get("user").get("userId").asLong();

        Response refused = googleLogin(second);

        assertEquals(401, refused.status(), refused.body().toString());
        assertEquals("GOOGLE_AUTH_FAILED", refused.code());
        assertEquals(1, count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", owner), "no second login");
    }

    @Test
    void devLoginNeverEntersAnAccountThatSignsInWithGoogle() throws Exception {
        String email = unique("googler");
        long user = googleLogin(codeFor(UUID.randomUUID().toString(), email)).body().get("user").get("userId").asLong();

        Response refused = api.post("/auth/dev", "{\"email\":\"" + email + "\"}");

        assertEquals(401, refused.status(), refused.body().toString());
        assertEquals("GOOGLE_AUTH_FAILED", refused.code());
        assertEquals(1, count("SELECT COUNT(*) FROM login_sessions WHERE user_id = ?", user));
    }

    @Test
    void concurrentFirstLoginsOfOneAccountMakeOneUserAndAllSucceed() throws Exception {
        String email = unique("first");
        String subject = UUID.randomUUID().toString();
        List<String> codes = IntStream.range(0, 8).mapToObj(i -> codeFor(subject, email)).toList();

        List<Integer> statuses = all(codes.stream().<Callable<Integer>>map(code -> () -> googleLogin(code).status()).toList());

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE google_subject = ?", subject));
    }

    @Test
    void twoGoogleAccountsRacingForOneAddressLeaveItToExactlyOne() throws Exception {
        String email = unique("contested");
        String one = codeFor(UUID.randomUUID().toString(), email);
        String other = codeFor(UUID.randomUUID().toString(), email);

        List<Integer> statuses = all(List.of(() -> googleLogin(one).status(), () -> googleLogin(other).status()));

        assertEquals(List.of(200, 401), statuses.stream().sorted().toList());
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email = ?", email));
    }

    /** A fresh authorization code Google takes for this account. */
    private String codeFor(String subject, String email) {
        String code = "code-" + UUID.randomUUID();
        google.accept(code, subject, email);
        return code;
    }

    private Response googleLogin(String code) throws Exception {
        return api.post("/auth/google", "{\"code\":\"" + code + "\",\"redirectUri\":\"https://app/cb\"}");
    }

    private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            List<Integer> statuses = new ArrayList<>();
            for (var result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    @Test
    void aLoginWithoutTheRequiredFieldsNamesThem() throws Exception {
        Response missing = api.post("/auth/google", "{\"redirectUri\":\"https://app/cb\"}");
        Response badPlatform = api.post("/auth/dev", "{\"email\":\"" + unique("p") + "\",\"fcmToken\":\"t\",\"platform\":\"NOKIA\"}");

        assertEquals(400, missing.status());
        assertEquals("INVALID_REQUEST", missing.code());
        assertTrue(missing.body().get("detail").asText().contains("code"));
        assertEquals("INVALID_REQUEST", badPlatform.code());
    }

    @Test
    void aRefreshRotatesAndASpentTokenRevokesTheLogin() throws Exception {
        Response login = devLogin(unique("refresh"));
        String firstToken = login.body().get("refreshToken").asText();

        Response refreshed = api.post("/auth/refresh", "{\"refreshToken\":\"" + firstToken + "\"}");
        String secondToken = refreshed.body().get("refreshToken").asText();
        Response reused = api.post("/auth/refresh", "{\"refreshToken\":\"" + firstToken + "\"}");
        Response afterRevoke = api.post("/auth/refresh", "{\"refreshToken\":\"" + secondToken + "\"}");

        assertEquals(200, refreshed.status());
        assertNotEquals(firstToken, secondToken);
        assertEquals(401, reused.status());
        assertEquals("INVALID_REFRESH_TOKEN", reused.code());
        assertEquals("INVALID_REFRESH_TOKEN", afterRevoke.code());
    }

    @Test
    void logoutEndsTheRefreshTokenAndTheDevice() throws Exception {
        String email = unique("logout");
        Response login = api.post("/auth/dev", "{\"email\":\"" + email + "\",\"fcmToken\":\"dev-" + email + "\",\"platform\":\"ANDROID\"}");
        String access = login.body().get("accessToken").asText();
        String refresh = login.body().get("refreshToken").asText();

        Response logout = api.send("POST", "/auth/logout", "{\"refreshToken\":\"" + refresh + "\",\"fcmToken\":\"dev-" + email + "\"}", access);

        assertEquals(204, logout.status());
        assertEquals("INVALID_REFRESH_TOKEN", api.post("/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").code());
        assertEquals(0, count("SELECT COUNT(*) FROM devices WHERE fcm_token = ?", "dev-" + email));
        assertEquals("INVALID_TOKEN", api.send("POST", "/auth/logout", "{\"refreshToken\":\"x\"}", null).code());
    }

    @Test
    void protectedRoutesNeedAValidUnexpiredToken() throws Exception {
        Response login = devLogin(unique("token"));
        long userId = login.body().get("user").get("userId").asLong();
        String expired = new JwtAccessTokens(ApiUnderTest.TOKENS).issue(new UserId(userId), Instant.now().minusSeconds(3600));

        assertEquals("INVALID_TOKEN", api.send("GET", "/users/me", null, null).code());
        assertEquals("INVALID_TOKEN", api.send("GET", "/users/me", null, "not.a.jwt").code());
        assertEquals(401, api.send("GET", "/users/me", null, expired).status());
        assertEquals("TOKEN_EXPIRED", api.send("GET", "/users/me", null, expired).code());
        assertEquals(200, api.send("GET", "/users/me", null, login.body().get("accessToken").asText()).status());
        assertEquals("NOT_FOUND", api.send("GET", "/no/such/route", null, null).code(), "unknown routes are 404 with or without a token");
    }

    @Test
    void aProfilePatchChangesWhatItNamesAndRefusesBadValues() throws Exception {
        String access = devLogin(unique("patch")).body().get("accessToken").asText();

        Response patched = api.send("PATCH", "/users/me",
                "{\"name\":\"민아\",\"timezone\":\"America/New_York\",\"reminderTime\":\"07:30\",\"remindersEnabled\":false,\"locale\":\"en\"}", access);

        assertEquals(200, patched.status(), patched.body().toString());
        assertEquals("민아", patched.body().get("name").asText());
        assertEquals("America/New_York", patched.body().get("timezone").asText());
        assertEquals("07:30", patched.body().get("reminderTime").asText());
        assertEquals(false, patched.body().get("remindersEnabled").asBoolean());
        assertEquals("en", api.send("GET", "/users/me", null, access).body().get("locale").asText());
        for (String bad : new String[] {"{\"timezone\":\"Mars/Olympus\"}", "{\"reminderTime\":\"25:00\"}", "{\"reminderTime\":\"7:30\"}",
                "{\"locale\":\"fr\"}", "{\"remindersEnabled\":\"yes\"}", "{\"name\":null}", "[1]", "{\"name\":"}) {
            Response refused = api.send("PATCH", "/users/me", bad, access);
            assertEquals(400, refused.status(), bad);
            assertEquals("INVALID_REQUEST", refused.code(), bad);
        }
    }

    @Test
    void devicesRegisterIdempotentlyMoveBetweenUsersAndGo() throws Exception {
        String mina = devLogin(unique("mina")).body().get("accessToken").asText();
        String jun = devLogin(unique("jun")).body().get("accessToken").asText();
        String token = "fcm:" + UUID.randomUUID();
        String body = "{\"fcmToken\":\"" + token + "\",\"platform\":\"WEB\"}";

        assertEquals(204, api.send("POST", "/users/me/devices", body, mina).status());
        assertEquals(204, api.send("POST", "/users/me/devices", body, mina).status());
        assertEquals(1, count("SELECT COUNT(*) FROM devices WHERE fcm_token = ?", token));
        assertEquals(204, api.send("POST", "/users/me/devices", body, jun).status());
        assertEquals(204, api.send("DELETE", "/users/me/devices/" + token, null, mina).status());
        assertEquals(1, count("SELECT COUNT(*) FROM devices WHERE fcm_token = ?", token), "mina no longer owns it");
        assertEquals(204, api.send("DELETE", "/users/me/devices/" + token, null, jun).status());
        assertEquals(0, count("SELECT COUNT(*) FROM devices WHERE fcm_token = ?", token));

        assertEquals("INVALID_FCM_TOKEN", api.send("POST", "/users/me/devices", "{\"fcmToken\":\"\",\"platform\":\"WEB\"}", mina).code());
        assertEquals("INVALID_REQUEST", api.send("POST", "/users/me/devices", "{\"fcmToken\":\"t\",\"platform\":\"PALM\"}", mina).code());
    }

    @Test
    void deletingTheAccountRemovesItsRowsAndQueuesItsObjects() throws Exception {
        Response login = devLogin(unique("delete"));
        String access = login.body().get("accessToken").asText();
        long userId = login.body().get("user").get("userId").asLong();

        assertEquals(204, api.send("DELETE", "/users/me", null, access).status());

        assertEquals("USER_NOT_FOUND", api.send("GET", "/users/me", null, access).code());
        assertEquals(404, api.send("GET", "/users/me", null, access).status());
        assertEquals("INVALID_REFRESH_TOKEN", api.post("/auth/refresh", "{\"refreshToken\":\"" + login.body().get("refreshToken").asText() + "\"}").code());
        assertEquals(1, count("SELECT COUNT(*) FROM object_deletions WHERE object_prefix = ?", "users/" + userId + "/"));
    }
}
