package pl.metryka.interfaces.rest;

import static pl.metryka.interfaces.rest.DcatTerms.concept;
import static pl.metryka.interfaces.rest.DcatTerms.context;
import static pl.metryka.interfaces.rest.DcatTerms.dateTime;
import static pl.metryka.interfaces.rest.DcatTerms.en;
import static pl.metryka.interfaces.rest.DcatTerms.id;
import static pl.metryka.interfaces.rest.DcatTerms.language;
import static pl.metryka.interfaces.rest.DcatTerms.page;
import static pl.metryka.interfaces.rest.DcatTerms.pl;
import static pl.metryka.interfaces.rest.DcatTerms.resource;
import static pl.metryka.interfaces.rest.DcatTerms.scheme;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import pl.metryka.domain.model.podmiot.Podmiot;

/**
 * The DCAT-AP catalogue of this bulletin's open data, in JSON-LD with its context inline (no
 * remote fetch needed): two datasets, "Dokumenty BIP" and "Rejestr zmian", each with its
 * distributions, and the API as a data service. Controlled vocabularies are the EU Publications
 * Office authority tables that DCAT-AP (and dane.gov.pl's harvester) expect.
 */
final class DcatCatalog {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    /** The IANA media type of each EU file type the catalogue offers as a download. */
    private static final Map<String, String> MEDIA_TYPES =
            Map.of("JSON", "application/json", "ATOM", "application/atom+xml", "CSV", "text/csv");

    private static final String ADMS_PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
    /** What a BIP's podmiot usually is (a gmina, powiat or their office); the vocabulary has no broader public-body type. */
    private static final String PUBLISHER_TYPE = "LocalAuthority";

    /** Where the catalogue is, where the site and API are, and what there is to describe. */
    record Facts(
            String self,
            String site,
            String api,
            String openapi,
            Podmiot podmiot,
            String podmiotName,
            Instant firstChange,
            Instant lastChange,
            long documents,
            long registerEntries) {}

    private final Facts f;

    private DcatCatalog(Facts facts) {
        this.f = facts;
    }

    static JsonObject of(Facts facts) {
        return new DcatCatalog(facts).catalog();
    }

    private JsonObject catalog() {
        return Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", f.self())
                .add("@type", "dcat:Catalog")
                .add(
                        "dct:title",
                        pl("Katalog otwartych danych – " + f.podmiotName() + " – Biuletyn Informacji Publicznej"))
                .add(
                        "dct:description",
                        pl("Dane Biuletynu Informacji Publicznej podmiotu " + f.podmiotName()
                                + ": dokumenty z pełną historią wersji i metryką oraz weryfikowalny rejestr zmian."))
                .add("dct:publisher", publisher())
                .add("foaf:homepage", page(f.site() + "/"))
                .add("dct:language", language())
                .add("dct:license", license())
                .add("dct:issued", dateTime(f.firstChange()))
                .add("dct:modified", dateTime(f.lastChange()))
                .add("dcat:themeTaxonomy", scheme("data-theme", "Data theme"))
                .add("dcat:dataset", Json.createArrayBuilder().add(documents()).add(register()))
                .add("dcat:service", service())
                .build();
    }

    /** Landing page: the bulletin's home page, where the documents are listed by the menu przedmiotowe. */
    private JsonObjectBuilder documents() {
        return dataset(
                "dokumenty",
                "Dokumenty BIP",
                "Wszystkie dokumenty opublikowane w Biuletynie (" + f.documents() + "), każda wersja z metryką:"
                        + " podmiot, wytwarzający, data wytworzenia, wprowadzający, data udostępnienia, powód zmiany,"
                        + " załączniki z sumami SHA-256.",
                List.of("BIP", "informacja publiczna", "dokumenty", "metryka"),
                f.site() + "/",
                file("dokumenty-json", "Eksport całego Biuletynu (JSON)", f.api() + "/export/bulletin.json", "JSON"),
                api("dokumenty-api", "API dokumentów (JSON, stronicowane)", f.api() + "/documents"),
                file("dokumenty-atom", "Kanał zmian (Atom)", f.site() + "/kanal/atom", "ATOM"));
    }

    /** Landing page: the citizens' page of the change register. */
    private JsonObjectBuilder register() {
        return dataset(
                "rejestr-zmian",
                "Rejestr zmian",
                "Rejestr wszystkich zmian w Biuletynie (" + f.registerEntries()
                        + " wpisów): kto, kiedy, co i dlaczego"
                        + " zmienił; wpisy powiązane łańcuchem skrótów SHA-256 i drzewem Merkle (RFC 9162) z podpisanymi nagłówkami.",
                List.of("BIP", "rejestr zmian", "historia zmian"),
                f.site() + "/rejestr-zmian",
                file("rejestr-csv", "Rejestr zmian (CSV)", f.api() + "/register.csv", "CSV"),
                file(
                        "rejestr-csv-excel",
                        "Rejestr zmian (CSV dla arkuszy kalkulacyjnych: UTF-8 z BOM, średnik)",
                        f.api() + "/register-excel.csv",
                        "CSV"),
                api("rejestr-api", "API rejestru zmian (JSON, z dowodami RFC 9162)", f.api() + "/register"));
    }

    /** A file to download: the same address is where it is reached and what is downloaded. */
    private JsonObjectBuilder file(String key, String title, String url, String fileType) {
        return distribution(key, title, url, url, MEDIA_TYPES.get(fileType), fileType);
    }

    /** A JSON collection of the API: reached through the data service, nothing to download as one file. */
    private JsonObjectBuilder api(String key, String title, String url) {
        return distribution(key, title, url, null, "application/json", "JSON")
                .add("dcat:accessService", id(serviceId()));
    }

    private JsonObjectBuilder dataset(
            String key,
            String title,
            String description,
            List<String> keywords,
            String landingPage,
            JsonObjectBuilder... distributions) {
        JsonArrayBuilder words = Json.createArrayBuilder();
        keywords.forEach(word -> words.add(pl(word)));
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (JsonObjectBuilder distribution : distributions) {
            files.add(distribution);
        }
        return Json.createObjectBuilder()
                .add("@id", f.self() + "#" + key)
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", f.self() + "#" + key)
                .add("dct:title", pl(title))
                .add("dct:description", pl(description))
                .add("dct:publisher", id(publisherId()))
                .add("dcat:contactPoint", contact())
                .add("dcat:keyword", words)
                .add(
                        "dcat:theme",
                        concept("data-theme", "GOVE", "skos:Concept", "Government and public sector", "Data theme"))
                .add(
                        "dct:accrualPeriodicity",
                        concept("frequency", "UPDATE_CONT", "dct:Frequency", "continuously updated", "Frequency"))
                .add(
                        "dct:accessRights",
                        concept("access-right", "PUBLIC", "dct:RightsStatement", "public", "Access right"))
                .add("dct:language", language())
                .add("dcat:landingPage", page(landingPage))
                .add("dct:issued", dateTime(f.firstChange()))
                .add("dct:modified", dateTime(f.lastChange()))
                .add("dcat:distribution", files);
    }

    private JsonObjectBuilder distribution(
            String key, String title, String access, String download, String mediaType, String fileType) {
        JsonObjectBuilder d = Json.createObjectBuilder()
                .add("@id", f.self() + "#" + key)
                .add("@type", "dcat:Distribution")
                .add("dct:title", pl(title))
                .add("dcat:accessURL", resource(access));
        if (download != null) {
            d.add("dcat:downloadURL", resource(download));
        }
        return d.add(
                        "dcat:mediaType",
                        Json.createObjectBuilder().add("@id", IANA + mediaType).add("@type", "dct:MediaType"))
                .add(
                        "dct:format",
                        concept(
                                "file-type",
                                fileType,
                                "dct:MediaTypeOrExtent",
                                fileType.equals("ATOM") ? "Atom Feed" : fileType,
                                "File type"))
                .add("dct:license", id(licenseId()))
                .add("dct:modified", dateTime(f.lastChange()));
    }

    /** The API; its root answers with the addresses of its collections, its description is the OpenAPI document. */
    private JsonObjectBuilder service() {
        return Json.createObjectBuilder()
                .add("@id", serviceId())
                .add("@type", "dcat:DataService")
                .add("dct:title", pl("API Biuletynu Informacji Publicznej, wersja 1"))
                .add("dct:publisher", id(publisherId()))
                .add("dcat:contactPoint", contact())
                .add("dcat:endpointURL", resource(f.api()))
                .add("dcat:endpointDescription", resource(f.openapi()))
                .add("dct:license", id(licenseId()))
                .add(
                        "dcat:servesDataset",
                        Json.createArrayBuilder()
                                .add(id(f.self() + "#dokumenty"))
                                .add(id(f.self() + "#rejestr-zmian")));
    }

    /** A public body, typed by the ADMS publisher-type vocabulary (the one DCAT-AP names). */
    private JsonObjectBuilder publisher() {
        JsonObjectBuilder p = Json.createObjectBuilder()
                .add("@id", publisherId())
                .add("@type", Json.createArrayBuilder().add("foaf:Agent").add("foaf:Organization"))
                .add("foaf:name", pl(f.podmiotName()))
                .add(
                        "dct:type",
                        Json.createObjectBuilder()
                                .add("@id", ADMS_PUBLISHER_TYPE + PUBLISHER_TYPE)
                                .add("@type", "skos:Concept")
                                .add("skos:prefLabel", en("Local Authority"))
                                .add(
                                        "skos:inScheme",
                                        Json.createObjectBuilder()
                                                .add("@id", ADMS_PUBLISHER_TYPE + "1.0")
                                                .add("@type", "skos:ConceptScheme")
                                                .add("dct:title", en("Publisher type"))));
        if (f.podmiot() != null && f.podmiot().website() != null) {
            p.add("foaf:homepage", page(f.podmiot().website()));
        }
        return p;
    }

    private JsonObjectBuilder contact() {
        JsonObjectBuilder c = Json.createObjectBuilder()
                .add("@type", Json.createArrayBuilder().add("vcard:Kind").add("vcard:Organization"))
                .add("vcard:fn", f.podmiotName() + " – redakcja BIP");
        if (f.podmiot() != null && f.podmiot().email() != null) {
            c.add("vcard:hasEmail", id("mailto:" + f.podmiot().email()));
        }
        return c.add("vcard:hasURL", id(f.site() + "/redakcja"));
    }

    private JsonObjectBuilder license() {
        return Json.createObjectBuilder()
                .add("@id", licenseId())
                .add("@type", "dct:LicenseDocument")
                .add("dct:title", pl("Warunki ponownego wykorzystywania informacji sektora publicznego"));
    }

    private String publisherId() {
        return f.site() + "/#podmiot";
    }

    private String serviceId() {
        return f.self() + "#api";
    }

    private String licenseId() {
        return f.site() + "/ponowne-wykorzystywanie";
    }
}
