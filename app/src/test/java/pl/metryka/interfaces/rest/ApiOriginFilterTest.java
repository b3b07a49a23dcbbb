package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiOriginFilterTest {

    @Test
    void theSameOriginWhateverTheSpellingOfItsDefaultPort() {
        assertTrue(ApiOriginFilter.sameOrigin("https://bip.gmina.pl", "https://bip.gmina.pl"));
        assertTrue(ApiOriginFilter.sameOrigin("https://BIP.gmina.pl:443", "https://bip.gmina.pl"));
        assertTrue(
                ApiOriginFilter.sameOrigin("https://bip.gmina.pl/panel/edytor.xhtml?id=3", "https://bip.gmina.pl"),
                "a Referer is compared by its origin");
        assertTrue(ApiOriginFilter.sameOrigin("http://localhost:8080", "http://localhost:8080"));
    }

    @Test
    void anotherSchemeHostOrPortIsAnotherOrigin() {
        assertFalse(ApiOriginFilter.sameOrigin("http://bip.gmina.pl", "https://bip.gmina.pl"));
        assertFalse(
                ApiOriginFilter.sameOrigin("https://strona.gmina.pl", "https://bip.gmina.pl"),
                "same site, other origin");
        assertFalse(ApiOriginFilter.sameOrigin("https://bip.gmina.pl:8443", "https://bip.gmina.pl"));
        assertFalse(
                ApiOriginFilter.sameOrigin("null", "https://bip.gmina.pl"),
                "an opaque origin (sandboxed frame, file:)");
        assertFalse(ApiOriginFilter.sameOrigin("https://bip.gmina.pl.attacker.invalid", "https://bip.gmina.pl"));
    }
}
