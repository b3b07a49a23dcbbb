package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.test.DcatApShapes;

/**
 * The catalogue graph against the official DCAT-AP 3.0.1 shapes, without a server: quick
 * feedback for DcatCatalog; DcatShapesIT checks the live answer in every serialisation.
 */
class DcatCatalogShapesTest {

    @Test
    void noViolationsOfTheDcatAp301Shapes() {
        Podmiot podmiot = new Podmiot("Urząd Gminy Klucze", "ul. Partyzantów 6, 32-310 Klucze");
        podmiot.contacts("32 642 85 00", "sekretariat@gmina.example", "https://gmina.example", null);
        DcatCatalog.Facts facts = new DcatCatalog.Facts(
                "https://bip.gmina.example/api/v1/dcat",
                "https://bip.gmina.example",
                "https://bip.gmina.example/api/v1",
                "https://bip.gmina.example/openapi",
                podmiot,
                podmiot.name(),
                Instant.parse("2025-01-02T03:04:05.123456Z"),
                Instant.parse("2026-01-02T03:04:05Z"),
                12,
                40);
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(LinkedData.of(DcatCatalog.of(facts)).turtle(), Lang.TURTLE)
                .parse(data);
        if (!Boolean.getBoolean("dcat.withoutVocabularies")) {
            load(data, "eu-vocabularies.ttl");
        }
        Graph shapeGraph = GraphFactory.createDefaultGraph();
        for (String file : List.of("dcat-ap-SHACL.ttl", "ranges.ttl", "mdr-vocabularies.shape.ttl")) {
            load(shapeGraph, file);
        }
        List<ReportEntry> entries =
                ShaclValidator.get().validate(DcatApShapes.parse(shapeGraph), data).getEntries().stream()
                        .toList();
        List<String> violations = entries.stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .toList();
        entries.stream()
                .filter(e -> e.severity() != Severity.Violation)
                .forEach(e -> System.out.println("SHACL " + e.severity().level().getLocalName() + ": " + e.focusNode()
                        + " " + e.resultPath() + ": " + e.message()));
        assertEquals(List.of(), violations, violations.size() + " violations");
    }

    private static void load(Graph graph, String file) {
        try (InputStream in = DcatCatalogShapesTest.class.getResourceAsStream("/dcat-ap-3.0.1/" + file)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }
}
