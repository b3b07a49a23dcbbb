package pl.metryka.test.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.junit.jupiter.api.Test;

class BrowserTest {

    @Test
    void resolvesPathsAgainstTheApplicationRootWithOrWithoutSlashes() throws Exception {
        URL withSlash = new URL("http://10.0.0.5:8181/metryka/");
        URL withoutSlash = new URL("http://10.0.0.5:8181/metryka");

        assertEquals(
                "http://10.0.0.5:8181/metryka/", Browser.resolve(withSlash, "/").toString());
        assertEquals(
                "http://10.0.0.5:8181/metryka/",
                Browser.resolve(withoutSlash, "").toString());
        assertEquals(
                "http://10.0.0.5:8181/metryka/dokument.xhtml?id=7",
                Browser.resolve(withoutSlash, "/dokument.xhtml?id=7").toString());
        assertEquals(
                "http://10.0.0.5:8181/metryka/a/b.xhtml",
                Browser.resolve(withSlash, "a/b.xhtml").toString());
    }
}
