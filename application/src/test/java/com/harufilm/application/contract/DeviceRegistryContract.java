package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What DeviceRegistry promises, run on every database the product supports and on the fake. */
public abstract class DeviceRegistryContract<P extends ContractPorts> extends PortContract<P> {

    /** A registered device as the push sender will read it. */
    public record Device(UserId owner, Platform platform) {
    }

    /** The devices holding {@code fcmToken} (the port only writes, the push sender reads them). */
    protected abstract List<Device> registered(String fcmToken);

    /** The tokens of {@code userId}'s devices, in the order they were first registered. */
    protected abstract List<String> tokensOf(UserId userId);

    /** Where the store keeps it: when the device was last registered. */
    protected void assertLastSeen(String fcmToken, Instant at) {
    }

    private DeviceRegistry devices() {
        return ports.devices();
    }

    @Test
    void registeringATokenAgainKeepsOneDeviceWithTheLatestPlatform() {
        UserId user = newUser().id();
        String token = unique("fcm-");

        devices().register(user, token, Platform.ANDROID, NOW);
        devices().register(user, token, Platform.IOS, NOW.plusSeconds(60));

        assertEquals(List.of(new Device(user, Platform.IOS)), registered(token));
        assertLastSeen(token, NOW.plusSeconds(60));
    }

    @Test
    void aTokenRegisteredByAnotherUserMovesToThem() {
        UserId before = newUser().id();
        UserId after = newUser().id();
        String token = unique("fcm-");

        devices().register(before, token, Platform.ANDROID, NOW);
        devices().register(after, token, Platform.WEB, NOW.plusSeconds(60));

        assertEquals(List.of(new Device(after, Platform.WEB)), registered(token));
    }

    @Test
    void onlyTheOwnerUnregistersAToken() {
        UserId owner = newUser().id();
        UserId stranger = newUser().id();
        String token = unique("fcm-");
        devices().register(owner, token, Platform.ANDROID, NOW);

        devices().unregister(stranger, token);
        assertEquals(List.of(new Device(owner, Platform.ANDROID)), registered(token));

        devices().unregister(owner, token);
        assertEquals(List.of(), registered(token));
    }

    @Test
    void forgettingTokensRemovesThoseAndNoOthers() {
        UserId one = newUser().id();
        UserId two = newUser().id();
        String rejected = unique("fcm-");
        String alsoRejected = unique("fcm-");
        String kept = unique("fcm-");
        devices().register(one, rejected, Platform.ANDROID, NOW);
        devices().register(two, alsoRejected, Platform.IOS, NOW);
        devices().register(one, kept, Platform.WEB, NOW);

        devices().forget(List.of(rejected, alsoRejected, unique("fcm-never-registered-")));
        devices().forget(List.of());

        assertEquals(List.of(kept), tokensOf(one));
        assertEquals(List.of(), tokensOf(two));
    }
}
