package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.domain.error.InvalidFcmToken;
import com.harufilm.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    private static final ObjectMapper json = new ObjectMapper();

    private static void check(String body) throws Exception {
        TextLimits.check(json.readTree(body));
    }

    @Test
    void aMemberOverItsColumnsSizeIsRefusedNamingTheFieldAndTheLimit() {
        var refused = assertThrows(InvalidRequest.class, () -> check("{\"contentType\":\"video/" + "a".repeat(300) + "\"}"));

        assertEquals("contentType must be at most 127 characters", refused.getMessage());
        assertEquals("contentType", refused.field());
    }

    @Test
    void aNestedMemberIsNamedByItsPath() {
        var refused = assertThrows(InvalidRequest.class,
                () -> check("{\"timestamps\":[{\"label\":\"ok\"},{\"label\":\"" + "x".repeat(201) + "\"}]}"));

        assertEquals("timestamps[1].label must be at most 200 characters", refused.getMessage());
    }

    @Test
    void charactersAreCountedAsTheDatabaseCountsThemNotAsUtf16Units() throws Exception {
        String emoji = "\uD83C\uDFAC";

        assertDoesNotThrow(() -> check("{\"name\":\"" + emoji.repeat(100) + "\"}"));
        assertThrows(InvalidRequest.class, () -> check("{\"name\":\"" + emoji.repeat(101) + "\"}"));
        assertDoesNotThrow(() -> check("{\"name\":\"" + "x".repeat(100) + "\"}"));
    }

    @Test
    void aMemberTheTableDoesNotNameIsHeldToTheGeneralLimit() {
        assertDoesNotThrow(() -> check("{\"extra\":[\"" + "x".repeat(TextLimits.OTHER) + "\"]}"));
        assertThrows(InvalidRequest.class, () -> check("{\"extra\":[\"" + "x".repeat(TextLimits.OTHER + 1) + "\"]}"));
    }

    @Test
    void aParameterIsHeldToTheLimitOfTheFieldItCarries() {
        assertEquals("tok", TextLimits.param("fcmToken", "tok"));
        var refused = assertThrows(InvalidFcmToken.class, () -> TextLimits.param("fcmToken", "t".repeat(513)));
        assertEquals("fcmToken must be at most 512 characters", refused.getMessage());
    }
}
