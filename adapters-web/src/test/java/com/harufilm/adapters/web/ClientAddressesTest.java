package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final String PROXY = "10.0.0.2";

    @Test
    void behindOneProxyTheClientIsTheRightMostEntryWhateverItWroteToTheLeft() {
        var addresses = new ClientAddresses(1);

        assertEquals("203.0.113.7", addresses.of(PROXY, List.of("203.0.113.7")));
        assertEquals("203.0.113.7", addresses.of(PROXY, List.of("1.2.3.4, 5.6.7.8 , 203.0.113.7")), "forged entries are left of it");
        assertEquals("203.0.113.7", addresses.of(PROXY, List.of("1.2.3.4", "203.0.113.7")), "a second header line");
    }

    @Test
    void behindTwoProxiesTheClientIsSecondFromTheRight() {
        var addresses = new ClientAddresses(2);

        assertEquals("203.0.113.7", addresses.of(PROXY, List.of("forged, 203.0.113.7, 198.51.100.1")));
        assertEquals("203.0.113.7", addresses.of(PROXY, List.of("203.0.113.7")), "it came in through the inner proxy only");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals(PROXY, new ClientAddresses(0).of(PROXY, List.of("1.2.3.4")));
    }

    @Test
    void aMissingOrEmptyHeaderLeavesThePeer() {
        var addresses = new ClientAddresses(1);

        assertEquals(PROXY, addresses.of(PROXY, List.of()));
        assertEquals(PROXY, addresses.of(PROXY, List.of(" , ")));
    }
}
