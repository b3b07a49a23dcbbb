package pl.metryka.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public JSON API, version 1. Paths and field names are a contract: keep them stable. A
 * change that breaks a client goes to /api/v2; additions raise {@link #VERSION}'s minor number.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Metryka – API Biuletynu Informacji Publicznej", version = RestApplication.VERSION,
                description = "Otwarte, stabilne API w wersji 1 (prefiks /api/v1): dokumenty BIP wraz z pełną historią wersji"
                        + " i metryką, weryfikowalny rejestr zmian, menu przedmiotowe, dane podmiotu oraz eksport całego"
                        + " Biuletynu (JSON), rejestru (CSV) i katalog DCAT-AP dla dane.gov.pl. Odczyt jest publiczny"
                        + " i dostępny z każdej domeny (CORS); zapis wymaga konta redaktora (HTTP Basic)."
                        + " Odpowiedzi GET mają nagłówek ETag (If-None-Match → 304), listy mają nagłówki Link"
                        + " (rel=first/prev/next/last).",
                license = @License(name = "Informacja publiczna – warunki ponownego wykorzystywania na stronie /ponowne-wykorzystywanie"),
                contact = @Contact(name = "Redakcja BIP (dane kontaktowe na stronie /redakcja)")),
        tags = {
                @Tag(name = "Dokumenty", description = "Dokumenty, ich wersje, metryka i załączniki"),
                @Tag(name = "Rejestr zmian", description = "Rejestr zmian z łańcuchem skrótów i drzewem Merkle (RFC 9162)"),
                @Tag(name = "Kategorie", description = "Menu przedmiotowe"),
                @Tag(name = "Podmiot", description = "Podmiot udostępniający informację"),
                @Tag(name = "Otwarte dane", description = "Eksport całości i katalog DCAT-AP")
        })
@SecurityScheme(securitySchemeName = RestApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Konto redaktora BIP; tylko do zapisu")
public class RestApplication extends Application {

    /** The API description's version (info.version): major = the path's /v1, minor grows with additions. */
    public static final String VERSION = "1.1.0";
    static final String BASIC_AUTH = "basic";
}
