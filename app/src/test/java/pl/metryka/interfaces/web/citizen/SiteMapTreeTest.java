package pl.metryka.interfaces.web.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;

class SiteMapTreeTest {

    @Test
    void nestsEveryLevelInMenuOrderAndEscapesNames() {
        Category gmina = new Category(null, "gmina", "Gmina", 0);
        Category status = new Category(gmina, "status-prawny", "Status prawny", 0);
        Category rada = new Category(null, "rada-gminy", "Rada & <Komisje>", 1);
        Category uchwaly = new Category(rada, "uchwaly-rady", "Uchwały", 0);
        Category year = new Category(uchwaly, "uchwaly-rady-2025", "2025", 0);

        String html = SiteMapTree.html(List.of(gmina, status, rada, uchwaly, year), "/bip");

        assertEquals(
                "<ul>"
                        + "<li><a href=\"/bip/kategoria/gmina\">Gmina</a>"
                        + "<ul><li><a href=\"/bip/kategoria/status-prawny\">Status prawny</a></li></ul></li>"
                        + "<li><a href=\"/bip/kategoria/rada-gminy\">Rada &amp; &lt;Komisje&gt;</a>"
                        + "<ul><li><a href=\"/bip/kategoria/uchwaly-rady\">Uchwały</a>"
                        + "<ul><li><a href=\"/bip/kategoria/uchwaly-rady-2025\">2025</a></li></ul></li></ul></li>"
                        + "</ul>",
                html);
    }

    @Test
    void anEmptyMenuGivesNoList() {
        assertEquals("", SiteMapTree.html(List.of(), ""));
    }
}
