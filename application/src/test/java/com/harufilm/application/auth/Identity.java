package com.harufilm.application.auth;

import com.harufilm.application.fakes.InMemoryLoginSessions;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.fakes.SimpleFakes.PlainAccessTokens;
import com.harufilm.application.port.out.GoogleIdentity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** The identity use cases over in-memory fakes, sharing one clock. */
final class Identity {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryLoginSessions sessions = new InMemoryLoginSessions();
    final InMemoryDevices devices = new InMemoryDevices();
    final DirectTransactions transactions = new DirectTransactions();
    final RefreshTokenCodec codec = new RefreshTokenCodec(new SplittableRandom(7));
    final SessionStarter starter = new SessionStarter(sessions, devices, new PlainAccessTokens(), codec, Duration.ofDays(30));
    final ZoneId seoul = ZoneId.of("Asia/Seoul");

    LoginAsDevUser devLogin() {
        return new LoginAsDevUser(users, transactions, starter, seoul, clock);
    }

    LoginWithGoogle googleLogin(GoogleIdentity google) {
        return new LoginWithGoogle(google, users, transactions, starter, seoul, clock);
    }

    RefreshLogin refresh(Duration grace) {
        return new RefreshLogin(sessions, users, transactions, starter, grace, clock);
    }

    Logout logout() {
        return new Logout(sessions, devices, transactions, codec, clock);
    }
}
