package com.harufilm.application.user;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.domain.user.UserId;

/** Stops pushes to one of the caller's devices; idempotent. */
public final class UnregisterDevice {

    private final DeviceRegistry devices;

    public UnregisterDevice(DeviceRegistry devices) {
        this.devices = devices;
    }

    public void unregister(UserId caller, String fcmToken) {
        devices.unregister(caller, fcmToken);
    }
}
