package com.harufilm.application.contract;

import com.harufilm.application.fakes.InMemoryPorts;
import com.harufilm.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** The DeviceRegistry contract on the fake the use case tests run on. */
class InMemoryDeviceRegistryContractTest extends DeviceRegistryContract<InMemoryPorts> {

    @Override
    protected InMemoryPorts openPorts() {
        return new InMemoryPorts();
    }

    @Override
    protected List<Device> registered(String fcmToken) {
        return Optional.ofNullable(ports.devices().devices.get(fcmToken))
                .map(device -> new Device(device.owner(), device.platform())).stream().toList();
    }

    @Override
    protected List<String> tokensOf(UserId userId) {
        return ports.devices().tokensOf(userId);
    }
}
