package pl.metryka.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import pl.metryka.domain.shared.Timestamps;

/**
 * The small JSON-LD pieces the DCAT-AP catalogue is built of: its inline context, typed IRIs,
 * language-tagged strings, dates, and concepts of the EU authority tables with their schemes.
 * Kept apart from {@link DcatCatalog}, which says what the catalogue holds.
 */
final class DcatTerms {

    static final String EU = "http://publications.europa.eu/resource/authority/";

    private DcatTerms() {}

    static JsonObjectBuilder language() {
        return concept("language", "POL", "dct:LinguisticSystem", "Polish", "Language");
    }

    /**
     * A concept of an EU authority table, with the class DCAT-AP expects for the property it is
     * used with, its English label and its scheme: the graph is valid without fetching the vocabularies.
     */
    static JsonObjectBuilder concept(String table, String code, String type, String label, String schemeTitle) {
        JsonArrayBuilder types = Json.createArrayBuilder().add("skos:Concept");
        if (!type.equals("skos:Concept")) {
            types.add(type);
        }
        return Json.createObjectBuilder()
                .add("@id", EU + table + "/" + code)
                .add("@type", types)
                .add("skos:prefLabel", en(label))
                .add("skos:inScheme", scheme(table, schemeTitle));
    }

    static JsonObjectBuilder scheme(String table, String title) {
        return Json.createObjectBuilder()
                .add("@id", EU + table)
                .add("@type", "skos:ConceptScheme")
                .add("dct:title", en(title));
    }

    static JsonObjectBuilder page(String url) {
        return Json.createObjectBuilder().add("@id", url).add("@type", "foaf:Document");
    }

    static JsonObjectBuilder resource(String url) {
        return Json.createObjectBuilder().add("@id", url).add("@type", "rdfs:Resource");
    }

    static JsonObjectBuilder context() {
        return Json.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("vcard", "http://www.w3.org/2006/vcard/ns#")
                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                .add("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    static JsonObjectBuilder id(String iri) {
        return Json.createObjectBuilder().add("@id", iri);
    }

    static JsonObjectBuilder pl(String text) {
        return Json.createObjectBuilder().add("@value", text).add("@language", "pl");
    }

    static JsonObjectBuilder en(String text) {
        return Json.createObjectBuilder().add("@value", text).add("@language", "en");
    }

    static JsonObjectBuilder dateTime(Instant at) {
        return Json.createObjectBuilder()
                .add("@value", Timestamps.format(at == null ? Instant.EPOCH : at))
                .add("@type", "xsd:dateTime");
    }
}
