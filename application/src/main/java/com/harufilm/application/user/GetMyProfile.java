package com.harufilm.application.user;

import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;

/** The caller's own profile. */
public final class GetMyProfile {

    private final UserRepository users;

    public GetMyProfile(UserRepository users) {
        this.users = users;
    }

    public User get(UserId caller) {
        return users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
    }
}
