package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.metryka.test.ApiClient;
import pl.metryka.test.HtmlChecker;

/** The W3C Nu HTML Checker, run offline, finds no errors on the public page types. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HtmlValidityIT {

    @ArquillianResource
    private URL base;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "?stan=2018-06-30",
                "kategoria/gmina",
                "dokument/kluczewski-klaster",
                "dokument/godziny-pracy-urzedu/wersja/1",
                "dokument/godziny-pracy-urzedu/porownaj?od=1&do=2",
                "dokument/godziny-pracy-urzedu/drukuj",
                "dokument/godziny-pracy-urzedu/weryfikacja",
                "dokument/przetarg-przebudowa-ul-lesnej-bogucin-duzy",
                "rejestr-zmian",
                "wycofane",
                "archiwum",
                "szukaj",
                "szukaj?q=uchwala",
                "szukaj?q=zarzadzenie&status=wszystkie",
                "api/dokumentacja"
            })
    void pageHasNoHtmlErrors(String path) throws Exception {
        HttpResponse<String> page = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(ApiClient.anonymous(base).uri(path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> errors = HtmlChecker.errors(page.body());
        assertEquals(List.of(), errors, "/" + path);
    }
}
