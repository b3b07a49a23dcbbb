package pl.metryka.application.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogSettingsTest {

    @Test
    void theOriginIsTheBaseUrlWithoutSchemeAndTrailingSlash() {
        assertEquals("bip.klucze.pl/metryka", LogSettings.originOf("https://bip.klucze.pl/metryka/"));
        assertEquals("bip.klucze.pl", LogSettings.originOf("https://BIP.Klucze.pl"));
        assertEquals("bip.klucze.pl:8443/a/B", LogSettings.originOf(" http://bip.klucze.pl:8443/a/B//?x=1#y "));
    }
}
