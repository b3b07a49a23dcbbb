package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedDataTest {

    private static final JsonObject DOCUMENT =
            Json.createReader(new StringReader("""
            {"@context":{"dct":"http://purl.org/dc/terms/","dcat":"http://www.w3.org/ns/dcat#",
                         "xsd":"http://www.w3.org/2001/XMLSchema#","vcard":"http://www.w3.org/2006/vcard/ns#"},
             "@id":"https://bip.example/api/v1/dcat","@type":"dcat:Catalog",
             "dct:title":{"@value":"Katalog \\"BIP\\" <&>","@language":"pl"},
             "dct:modified":{"@value":"2026-01-01T00:00:00.000000Z","@type":"xsd:dateTime"},
             "dcat:dataset":[{"@id":"https://bip.example/api/v1/dcat#a","@type":"dcat:Dataset",
                              "dcat:contactPoint":{"@type":"vcard:Organization","vcard:fn":"Redakcja"}}]}
            """)).readObject();

    @Test
    void compactIrisNestedNodesAndLiteralsBecomeTriples() {
        List<String> lines = LinkedData.of(DOCUMENT).turtle().lines().toList();
        assertEquals(
                List.of(
                        "<https://bip.example/api/v1/dcat> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Catalog> .",
                        "<https://bip.example/api/v1/dcat> <http://purl.org/dc/terms/title> \"Katalog \\\"BIP\\\" <&>\"@pl .",
                        "<https://bip.example/api/v1/dcat> <http://purl.org/dc/terms/modified> \"2026-01-01T00:00:00.000000Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .",
                        "<https://bip.example/api/v1/dcat#a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .",
                        "_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/vcard/ns#Organization> .",
                        "_:b1 <http://www.w3.org/2006/vcard/ns#fn> \"Redakcja\" .",
                        "<https://bip.example/api/v1/dcat#a> <http://www.w3.org/ns/dcat#contactPoint> _:b1 .",
                        "<https://bip.example/api/v1/dcat> <http://www.w3.org/ns/dcat#dataset> <https://bip.example/api/v1/dcat#a> ."),
                lines);
    }

    @Test
    void theRdfXmlEscapesTextAndNamesBlankNodes() {
        String xml = LinkedData.of(DOCUMENT).rdfXml();
        assertTrue(xml.contains("<dct:title xml:lang=\"pl\">Katalog \"BIP\" &lt;&amp;&gt;</dct:title>"), xml);
        assertTrue(xml.contains("rdf:nodeID=\"b1\""), xml);
        assertTrue(xml.contains("rdf:datatype=\"http://www.w3.org/2001/XMLSchema#dateTime\""), xml);
    }
}
