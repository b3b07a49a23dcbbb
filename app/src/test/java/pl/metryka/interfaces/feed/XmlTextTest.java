package pl.metryka.interfaces.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void theExcerptIsPlainTextCutAtAWord() {
        String html = "<p>Wójt &amp; rada&#160;gminy</p><ul><li>pierwszy</li><li>drugi punkt</li></ul>";
        assertEquals("Wójt & rada\u00a0gminy pierwszy drugi punkt", XmlText.excerpt(html, 300));
        assertEquals("Wójt & rada\u00a0gminy pierwszy…", XmlText.excerpt(html, 30));
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertEquals("ab\tc😀", XmlText.clean("a\u0000b\u001b\tc\ud800😀"));
        assertEquals("", XmlText.clean(null));
    }
}
