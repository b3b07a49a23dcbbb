package pl.metryka.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final AddressRanges NGINX = AddressRanges.parse("127.0.0.1, 10.0.0.0/8 ::1", "test");

    @Test
    void rangesHoldTheirAddressesAndNoOthers() {
        assertTrue(NGINX.contains("127.0.0.1"));
        assertTrue(NGINX.contains("10.255.3.4"));
        assertTrue(NGINX.contains("0:0:0:0:0:0:0:1"));
        assertTrue(NGINX.contains("[::1]"));
        assertFalse(NGINX.contains("127.0.0.2"));
        assertFalse(NGINX.contains("11.0.0.1"));
        assertFalse(NGINX.contains("localhost"), "a name is never looked up");
        assertFalse(NGINX.contains(null));
        AddressRanges odd = AddressRanges.parse("192.168.1.128/25,2001:db8::/32", "test");
        assertTrue(odd.contains("192.168.1.200"));
        assertFalse(odd.contains("192.168.1.127"));
        assertTrue(odd.contains("2001:db8:1::5"));
        assertFalse(odd.contains("2001:db9::5"));
        assertTrue(AddressRanges.parse("", "test").isEmpty());
    }

    @Test
    void aSettingThatIsNotAnAddressIsRefusedAtOnce() {
        assertThrows(IllegalStateException.class, () -> AddressRanges.parse("proxy.example", "test"));
        assertThrows(IllegalStateException.class, () -> AddressRanges.parse("10.0.0.0/33", "test"));
    }

    @Test
    void theRightMostUntrustedAddressIsTheClient() {
        assertEquals("203.0.113.5", TrustedProxies.client("127.0.0.1", List.of("203.0.113.5"), NGINX));
        assertEquals(
                "203.0.113.5",
                TrustedProxies.client("127.0.0.1", List.of("198.51.100.1, 203.0.113.5"), NGINX),
                "what the client wrote left of the proxy's entry is not believed");
        assertEquals(
                "203.0.113.5",
                TrustedProxies.client("127.0.0.1", List.of("203.0.113.5, 10.1.1.1", "127.0.0.1"), NGINX),
                "trusted hops are skipped, across headers");
        assertEquals("127.0.0.1", TrustedProxies.client("127.0.0.1", List.of(), NGINX), "no header: the peer");
        assertEquals("127.0.0.1", TrustedProxies.client("127.0.0.1", List.of("unknown"), NGINX), "garbage: the peer");
        assertEquals("2001:db8:0:0:0:0:0:7", TrustedProxies.client("127.0.0.1", List.of("[2001:db8::7]"), NGINX));
    }
}
