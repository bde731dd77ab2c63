package com.harufilm.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.GoogleIdentity;
import com.harufilm.application.port.out.GoogleIdentity.GoogleAccount;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.GoogleLoginFailed;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserLocale;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginTest {

    private final Identity identity = new Identity();
    private final GoogleIdentity google = (code, redirectUri, verifier) -> {
        if (!code.equals("good-code")) {
            throw GoogleLoginFailed.rejected("invalid_grant");
        }
        return new GoogleAccount("google-sub-1", "jun@example.com", "Jun", "https://photos/jun.png");
    };

    private static GoogleLoginCommand code(String code) {
        return new GoogleLoginCommand(code, "com.harufilm:/oauth", "verifier", null, null);
    }

    @Test
    void aFirstGoogleLoginCreatesTheUserWithTheContractDefaults() {
        LoginResult result = identity.googleLogin(google).login(code("good-code"));

        var user = result.user();
        assertEquals("jun@example.com", user.email());
        assertEquals("Jun", user.name());
        assertEquals("https://photos/jun.png", user.profileImageUrl());
        assertEquals(ZoneId.of("Asia/Seoul"), user.timezone());
        assertEquals(LocalTime.of(20, 0), user.reminderTime());
        assertEquals(true, user.remindersEnabled());
        assertEquals(UserLocale.KO, user.locale());
    }

    @Test
    void aSecondGoogleLoginFindsTheSameUserAndStartsAnotherLogin() {
        var first = identity.googleLogin(google).login(code("good-code"));
        var second = identity.googleLogin(google).login(code("good-code"));

        assertEquals(first.user().id(), second.user().id());
        assertEquals(1, identity.users.users.size());
        assertEquals(2, identity.sessions.sessionCount());
    }

    @Test
    void aGoogleLoginWithTheEmailOfAnExistingUserLinksThatUser() {
        var dev = identity.devLogin().login(new DevLoginCommand("jun@example.com", null, null, null));

        var viaGoogle = identity.googleLogin(google).login(code("good-code"));

        assertEquals(dev.user().id(), viaGoogle.user().id());
        assertEquals("google-sub-1", identity.users.googleSubjects.get(dev.user().id()));
    }

    @Test
    void anotherGoogleAccountWithAnExistingUsersAddressIsRefusedAndTakesNothingOver() {
        var owner = identity.googleLogin(google).login(code("good-code"));
        GoogleIdentity recycled = (code, redirectUri, verifier) -> new GoogleAccount("google-sub-2", "jun@example.com", "Not Jun", null);

        var refused = assertThrows(GoogleLoginFailed.class, () -> identity.googleLogin(recycled).login(code("good-code")));

        assertEquals(ErrorCode.GOOGLE_AUTH_FAILED, refused.code());
        assertFalse(refused.googleUnreachable(), "refused, not unreachable: 401");
        assertEquals("google-sub-1", identity.users.googleSubjects.get(owner.user().id()));
        assertEquals(1, identity.users.users.size());
        assertEquals(1, identity.sessions.sessionCount());
    }

    @Test
    void aGoogleUserIsFoundByTheirSubjectWhateverAddressGoogleNowGives() {
        var first = identity.googleLogin(google).login(code("good-code"));
        GoogleIdentity moved = (code, redirectUri, verifier) -> new GoogleAccount("google-sub-1", "jun@new.example.com", "Jun", null);

        var second = identity.googleLogin(moved).login(code("good-code"));

        assertEquals(first.user().id(), second.user().id());
        assertEquals(1, identity.users.users.size());
    }

    @Test
    void devLoginNeverEntersAnAccountThatSignsInWithGoogle() {
        identity.googleLogin(google).login(code("good-code"));

        var refused = assertThrows(GoogleLoginFailed.class,
                () -> identity.devLogin().login(new DevLoginCommand("jun@example.com", null, new DeviceToken("fcm-x"), null)));

        assertFalse(refused.googleUnreachable(), "refused, not unreachable: 401");
        assertEquals(1, identity.sessions.sessionCount());
        assertNull(identity.devices.devices.get("fcm-x"));
    }

    @Test
    void googleRefusingTheCodeCreatesNothing() {
        assertThrows(GoogleLoginFailed.class, () -> identity.googleLogin(google).login(code("stolen-code")));

        assertEquals(0, identity.users.users.size());
        assertEquals(0, identity.transactions.count);
    }

    @Test
    void aLoginWithADeviceTokenRegistersTheDevice() {
        var result = identity.devLogin().login(new DevLoginCommand("a@example.com", null, new DeviceToken("fcm-1"), Platform.IOS));

        assertEquals(result.user().id(), identity.devices.devices.get("fcm-1").owner());
        assertEquals(Platform.IOS, identity.devices.devices.get("fcm-1").platform());
    }

    @Test
    void aDeviceTokenWithoutAPlatformIsKeptAsUnknown() {
        identity.devLogin().login(new DevLoginCommand("a@example.com", null, new DeviceToken("fcm-1"), null));

        assertEquals(Platform.UNKNOWN, identity.devices.devices.get("fcm-1").platform());
    }

    @Test
    void commandsNameTheMissingField() {
        var missingCode = assertThrows(InvalidRequest.class, () -> code(" "));
        var badEmail = assertThrows(InvalidRequest.class, () -> new DevLoginCommand("not-an-email", null, null, null));

        assertEquals("code", missingCode.field());
        assertEquals("email", badEmail.field());
    }

    @Test
    void logoutIgnoresSomeoneElsesRefreshToken() {
        var mina = identity.devLogin().login(new DevLoginCommand("mina@example.com", null, null, null));
        var jun = identity.devLogin().login(new DevLoginCommand("jun@example.com", null, new DeviceToken("jun-phone"), Platform.ANDROID));

        identity.logout().logout(mina.user().id(), jun.refreshToken(), new DeviceToken("jun-phone"));

        assertEquals(0, identity.sessions.revoked.size());
        assertEquals(jun.user().id(), identity.devices.devices.get("jun-phone").owner());
        assertNull(identity.sessions.findByHash(identity.codec.hash(jun.refreshToken())).orElseThrow().spentAt());
    }
}
