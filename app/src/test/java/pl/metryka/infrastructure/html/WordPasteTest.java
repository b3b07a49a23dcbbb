package pl.metryka.infrastructure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** HTML pasted from Microsoft Word into the editor comes out as plain structure when saved. */
class WordPasteTest {

    private static final String FROM_WORD = """
            <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
            <style>p.MsoNormal {margin:0cm; font-family:"Calibri"}</style>
            <p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><b><span style="font-size:12.0pt;mso-bidi-font-family:Calibri">Zarządzenie nr 12/2026</span></b><o:p></o:p></p>
            <p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span style="font:7.0pt Times">&nbsp;</span></span>Wójt gminy zarządza, co następuje.</p>
            """;

    @Test
    void wordMarkupStylesClassesAndConditionalCommentsAreDropped() {
        String clean = new OwaspBodySanitizer().sanitize(FROM_WORD);
        assertFalse(clean.contains("mso"), clean);
        assertFalse(clean.contains("class="), clean);
        assertFalse(clean.contains("style"), clean);
        assertFalse(clean.contains("<o:p>") || clean.contains("WordDocument"), clean);
        assertTrue(clean.contains("<b>") && clean.contains("Zarządzenie nr 12/2026"), clean);
        assertTrue(clean.contains("Wójt gminy zarządza, co następuje."), clean);
        assertEquals(2, clean.split("<p>", -1).length - 1, clean);
    }
}
