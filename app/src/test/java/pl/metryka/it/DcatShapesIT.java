package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.DcatApShapes;

/**
 * The live DCAT-AP catalogue against the official DCAT-AP 3.0.1 SHACL shapes (with the range and
 * controlled-vocabulary shapes, and the EU vocabulary concepts it uses), in each of its three
 * serialisations; and the addresses it promises answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DcatShapesIT {

    private static final String SHAPES = "/dcat-ap-3.0.1/";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    @ArquillianResource
    private URL base;

    @Test
    void theCatalogueHasNoViolationsOfTheDcatAp301Shapes() {
        Shapes shapes = DcatApShapes.parse(load("dcat-ap-SHACL.ttl", "ranges.ttl", "mdr-vocabularies.shape.ttl"));
        for (String[] type : new String[][] {
            {"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"}
        }) {
            Graph data = catalogue(type[0], type[1]);
            load(data, "eu-vocabularies.ttl");
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            List<String> violations = new ArrayList<>();
            report.getEntries().stream()
                    .filter(e -> e.severity() == Severity.Violation)
                    .forEach(e -> violations.add(e.focusNode() + " " + e.resultPath() + ": " + e.message()));
            assertEquals(List.of(), violations, violations.size() + " violations in the " + type[0] + " catalogue");
        }
    }

    @Test
    void theServiceEndpointAndTheLandingPagesAnswer() {
        Graph data = catalogue("text/turtle", "TTL");
        List<Node> addresses = new ArrayList<>();
        addresses.addAll(objects(data, DCAT + "endpointURL"));
        addresses.addAll(objects(data, DCAT + "endpointDescription"));
        addresses.addAll(objects(data, DCAT + "landingPage"));
        addresses.addAll(objects(data, DCAT + "downloadURL"));
        assertTrue(addresses.size() >= 6, addresses.toString());
        for (Node address : addresses) {
            HttpResponse<byte[]> reply = Http.get(URI.create(address.getURI()));
            assertEquals(200, reply.statusCode(), address.getURI());
        }
        List<Node> landing = objects(data, DCAT + "landingPage");
        List<Node> licences = objects(data, DCT + "license");
        assertTrue(landing.stream().noneMatch(licences::contains), "a landing page is not the licence: " + landing);
        assertEquals(
                landing.size(),
                landing.stream().distinct().count(),
                "each dataset has its own landing page: " + landing);
    }

    private static List<Node> objects(Graph graph, String predicate) {
        return graph.find(Node.ANY, NodeFactory.createURI(predicate), Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
    }

    private Graph catalogue(String mediaType, String lang) {
        HttpResponse<byte[]> reply = Http.get(Http.app(base, "api/v1/dcat"), "Accept", mediaType);
        assertEquals(200, reply.statusCode(), mediaType);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(reply.body()))
                .lang(
                        switch (lang) {
                            case "TTL" -> Lang.TURTLE;
                            case "JSONLD" -> Lang.JSONLD;
                            default -> Lang.RDFXML;
                        })
                .base(Http.app(base, "api/v1/dcat").toString())
                .parse(graph);
        return graph;
    }

    private static Graph load(String... files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : files) {
            load(graph, file);
        }
        return graph;
    }

    private static void load(Graph graph, String file) {
        try (InputStream in = DcatShapesIT.class.getResourceAsStream(SHAPES + file)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }
}
