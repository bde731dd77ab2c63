package com.harufilm.domain.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.InvalidRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShareTokenTest {

    private static final String TOKEN = "Qk9UVExFX09GX0xJR0hUX1NIQVJFRF8y";

    @Test
    void aTokenIsThirtyTwoBase64UrlCharactersAndNothingElse() {
        assertTrue(ShareToken.wellFormed(TOKEN));
        for (String bad : new String[] {"", TOKEN.substring(1), TOKEN + "A", TOKEN.replace('Q', '/'), TOKEN.replace('Q', '=')}) {
            assertFalse(ShareToken.wellFormed(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new ShareToken(bad));
        }
    }

    @Test
    void itsHashIsTheSha256InHexAndItNeverPrintsItself() {
        ShareToken token = new ShareToken(TOKEN);

        assertEquals(64, token.hash().length());
        assertEquals(token.hash(), new ShareToken(TOKEN).hash());
        assertFalse(token.hash().equals(new ShareToken(TOKEN.replace('Q', 'R')).hash()));
        assertFalse(token.toString().contains(TOKEN), "logs never carry a token");
    }

    @Test
    void aShareLivesOneToSevenHundredTwentyHoursAWeekByDefault() {
        assertEquals(Duration.ofDays(7), ShareRules.lifetime(null));
        assertEquals(Duration.ofHours(1), ShareRules.lifetime(1));
        assertEquals(Duration.ofHours(720), ShareRules.lifetime(720));
        assertThrows(InvalidRequest.class, () -> ShareRules.lifetime(0));
        assertThrows(InvalidRequest.class, () -> ShareRules.lifetime(721));
        ShareRules.requireRoomBeside(49);
        assertThrows(InvalidRequest.class, () -> ShareRules.requireRoomBeside(50));
    }
}
