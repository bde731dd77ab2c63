package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.persistence.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where dev login is off it does not exist; auth routes are rate limited per client address. */
class AuthEdgeIT {

    @TempDir
    Path work;

    @Test
    void devLoginIsNotFoundWhereItIsSwitchedOff() throws Exception {
        try (var database = TestDatabase.h2(); var google = new GoogleStub();
             var api = new ApiUnderTest(database.settings(), google.settings(), work, false, 60)) {
            var response = api.post("/auth/dev", "{\"email\":\"a@example.com\"}");

            assertEquals(404, response.status());
            assertEquals("NOT_FOUND", response.code());
        }
    }

    @Test
    void anAddressPastItsAllowanceIsToldWhenToComeBack() throws Exception {
        try (var database = TestDatabase.h2(); var google = new GoogleStub();
             var api = new ApiUnderTest(database.settings(), google.settings(), work, true, 3)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, api.post("/auth/refresh", "{\"refreshToken\":\"guess-" + i + "\"}").status());
            }
            var limited = api.post("/auth/refresh", "{\"refreshToken\":\"guess-4\"}");

            assertEquals(429, limited.status());
            assertEquals("RATE_LIMITED", limited.code());
            long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals(200, api.send("GET", "/health/live", null, null).status(), "other routes are not limited");
        }
    }
}
