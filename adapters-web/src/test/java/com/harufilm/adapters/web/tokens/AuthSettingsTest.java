package com.harufilm.adapters.web.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auth settings refuse weak or inconsistent values and never print their secrets. */
class AuthSettingsTest {

    private static final byte[] KEY = "a-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void accessTokenSettingsPrintKeyIdsButNotKeys() {
        AccessTokenSettings settings = new AccessTokenSettings("k1", Map.of("k1", KEY));

        assertEquals(AccessTokenSettings.DEFAULT_LIFETIME, settings.lifetime());
        assertTrue(settings.toString().contains("k1"), settings.toString());
        assertFalse(settings.toString().contains("secret"), settings.toString());
    }

    @Test
    void accessTokenSettingsRefuseShortKeysAndAnUnknownSigningKey() {
        assertThrows(IllegalArgumentException.class, () -> new AccessTokenSettings("k1", Map.of("k1", new byte[31])));
        assertThrows(IllegalArgumentException.class, () -> new AccessTokenSettings("k2", Map.of("k1", KEY)));
    }

    @Test
    void changingTheCallersArrayDoesNotChangeTheKey() {
        byte[] key = KEY.clone();
        AccessTokenSettings settings = new AccessTokenSettings("k1", Map.of("k1", key));
        key[0] = 'X';

        assertEquals('a', settings.keys().get("k1")[0]);
    }

    @Test
    void googleSettingsUseGooglesEndpointsAndHideTheSecret() {
        GoogleSettings settings = GoogleSettings.production("web.apps", "s3cr3t", List.of("web.apps", "android.apps"));

        assertEquals("https://oauth2.googleapis.com/token", settings.tokenUri().toString());
        assertEquals("https://www.googleapis.com/oauth2/v3/certs", settings.jwksUri().toString());
        assertFalse(settings.toString().contains("s3cr3t"), settings.toString());
        assertThrows(IllegalArgumentException.class, () -> GoogleSettings.production("web.apps", "s3cr3t", List.of()));
    }
}
