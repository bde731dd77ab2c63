package com.harufilm.bootstrap.api;

import com.harufilm.application.auth.Authenticate;
import com.harufilm.application.auth.LoginAsDevUser;
import com.harufilm.application.auth.LoginWithGoogle;
import com.harufilm.application.auth.Logout;
import com.harufilm.application.auth.RefreshLogin;
import com.harufilm.application.auth.RefreshTokenCodec;
import com.harufilm.application.auth.SessionStarter;
import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.GoogleIdentity;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.user.DeleteMyAccount;
import com.harufilm.application.user.GetMyProfile;
import com.harufilm.application.user.RegisterDevice;
import com.harufilm.application.user.UnregisterDevice;
import com.harufilm.application.user.UpdateMyProfile;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** The identity use cases: logins, tokens, profile, devices, account deletion. */
@Module
interface IdentityModule {

    @Provides
    @Singleton
    static RefreshTokenCodec refreshTokenCodec() {
        return new RefreshTokenCodec(new SecureRandom());
    }

    @Provides
    @Singleton
    static SessionStarter sessionStarter(LoginSessions sessions, DeviceRegistry devices, AccessTokens tokens,
                                         RefreshTokenCodec codec, IdentitySettings settings) {
        return new SessionStarter(sessions, devices, tokens, codec, settings.refreshLifetime());
    }

    @Provides
    static LoginWithGoogle loginWithGoogle(GoogleIdentity google, UserRepository users, Transactions transactions,
                                           SessionStarter starter, IdentitySettings settings, Clock clock) {
        return new LoginWithGoogle(google, users, transactions, starter, settings.defaultZone(), clock);
    }

    @Provides
    static LoginAsDevUser loginAsDevUser(UserRepository users, Transactions transactions, SessionStarter starter,
                                         IdentitySettings settings, Clock clock) {
        return new LoginAsDevUser(users, transactions, starter, settings.defaultZone(), clock);
    }

    @Provides
    static RefreshLogin refreshLogin(LoginSessions sessions, UserRepository users, Transactions transactions,
                                     SessionStarter starter, IdentitySettings settings, Clock clock) {
        return new RefreshLogin(sessions, users, transactions, starter, settings.refreshReuseGrace(), clock);
    }

    @Provides
    static Logout logout(LoginSessions sessions, DeviceRegistry devices, Transactions transactions, RefreshTokenCodec codec, Clock clock) {
        return new Logout(sessions, devices, transactions, codec, clock);
    }

    @Provides
    static Authenticate authenticate(AccessTokens tokens, Clock clock) {
        return new Authenticate(tokens, clock);
    }

    @Provides
    static GetMyProfile getMyProfile(UserRepository users) {
        return new GetMyProfile(users);
    }

    @Provides
    static UpdateMyProfile updateMyProfile(UserRepository users, ReminderSchedule reminders, Transactions transactions,
                                           Clock clock) {
        return new UpdateMyProfile(users, reminders, transactions, clock);
    }

    @Provides
    static DeleteMyAccount deleteMyAccount(UserRepository users, UploadSessions uploads, ObjectDeletions deletions, MultipartUploads multipart,
                                           Transactions transactions, Clock clock) {
        return new DeleteMyAccount(users, uploads, deletions, multipart, transactions, clock);
    }

    @Provides
    static RegisterDevice registerDevice(DeviceRegistry devices, Clock clock) {
        return new RegisterDevice(devices, clock);
    }

    @Provides
    static UnregisterDevice unregisterDevice(DeviceRegistry devices) {
        return new UnregisterDevice(devices);
    }
}
