package com.harufilm.application.user;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Clock;

/** Remembers a device of the caller for pushes; registering again only refreshes it. */
public final class RegisterDevice {

    private final DeviceRegistry devices;
    private final Clock clock;

    public RegisterDevice(DeviceRegistry devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    public void register(UserId caller, DeviceToken token, Platform platform) {
        devices.register(caller, token.value(), platform, clock.instant());
    }
}
