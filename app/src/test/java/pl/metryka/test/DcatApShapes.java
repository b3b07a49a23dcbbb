package pl.metryka.test;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;

/**
 * The official DCAT-AP 3.0.1 shapes (src/test/resources/dcat-ap-3.0.1) as Apache Jena reads them.
 * The release's ranges.ttl names one property shape of dcat:Relationship
 * ({@code #dcat:RelationshipShape/b7aa98e1...}) that it never defines; Jena refuses a shapes graph
 * with such a dangling reference, so references to property shapes with no {@code sh:path} (which
 * constrain nothing) are dropped before parsing, and only those.
 */
public final class DcatApShapes {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    private DcatApShapes() {}

    public static Shapes parse(Graph shapes) {
        Node property = NodeFactory.createURI(SH + "property");
        Node path = NodeFactory.createURI(SH + "path");
        List<Triple> dangling = shapes.find(Node.ANY, property, Node.ANY)
                .filterKeep(t -> !shapes.contains(t.getObject(), path, Node.ANY))
                .toList();
        dangling.forEach(shapes::delete);
        return Shapes.parse(shapes);
    }
}
