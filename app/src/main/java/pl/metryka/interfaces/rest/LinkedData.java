package pl.metryka.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The RDF triples of a JSON-LD document of the plain shape Metryka writes (an inline context of
 * prefixes, compact IRIs, nested nodes, {@code @value} with {@code @language} or {@code @type}),
 * and the same graph as Turtle and as RDF/XML, for harvesters that do not read JSON-LD.
 */
final class LinkedData {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** An IRI, a blank node ({@code _:bN}) or a literal with its language or datatype. */
    record Term(String value, boolean iri, boolean blank, String language, String datatype) {
        static Term iri(String value) {
            return new Term(value, true, false, null, null);
        }

        String nTriples() {
            if (iri) {
                return "<" + value + ">";
            }
            if (blank) {
                return value;
            }
            String literal = "\"" + escape(value) + "\"";
            if (language != null) {
                return literal + "@" + language;
            }
            return datatype == null || datatype.equals(XSD_STRING) ? literal : literal + "^^<" + datatype + ">";
        }
    }

    record Triple(Term subject, String predicate, Term object) {
        String nTriples() {
            return subject.nTriples() + " <" + predicate + "> " + object.nTriples() + " .";
        }
    }

    private final Map<String, String> prefixes = new LinkedHashMap<>();
    /** A graph is a set: a node described in several places (a concept used by two datasets) gives its triples once. */
    private final Set<Triple> triples = new LinkedHashSet<>();

    private int blanks;

    private LinkedData(JsonObject document) {
        prefixes.put("rdf", RDF);
        JsonObject context = document.getJsonObject("@context");
        context.forEach((prefix, iri) -> prefixes.put(prefix, ((JsonString) iri).getString()));
        node(document);
    }

    static LinkedData of(JsonObject jsonLd) {
        return new LinkedData(jsonLd);
    }

    List<Triple> triples() {
        return List.copyOf(triples);
    }

    String turtle() {
        StringBuilder out = new StringBuilder();
        for (Triple t : triples) {
            out.append(t.nTriples()).append('\n');
        }
        return out.toString();
    }

    String rdfXml() {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rdf", "RDF", RDF);
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                xml.writeNamespace(prefix.getKey(), prefix.getValue());
            }
            Map<Term, List<Triple>> bySubject = new LinkedHashMap<>();
            triples.forEach(t -> bySubject
                    .computeIfAbsent(t.subject(), s -> new ArrayList<>())
                    .add(t));
            for (Map.Entry<Term, List<Triple>> node : bySubject.entrySet()) {
                xml.writeStartElement(RDF, "Description");
                reference(xml, node.getKey(), "about");
                for (Triple t : node.getValue()) {
                    property(xml, t);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("RDF/XML of the catalogue", e);
        }
    }

    private void property(XMLStreamWriter xml, Triple t) throws XMLStreamException {
        int split = Math.max(t.predicate().lastIndexOf('#'), t.predicate().lastIndexOf('/')) + 1;
        xml.writeStartElement(
                t.predicate().substring(0, split).equals(RDF)
                        ? "rdf"
                        : prefixOf(t.predicate().substring(0, split)),
                t.predicate().substring(split),
                t.predicate().substring(0, split));
        Term o = t.object();
        if (o.iri() || o.blank()) {
            reference(xml, o, "resource");
        } else {
            if (o.language() != null) {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", o.language());
            } else if (o.datatype() != null && !o.datatype().equals(XSD_STRING)) {
                xml.writeAttribute("rdf", RDF, "datatype", o.datatype());
            }
            xml.writeCharacters(o.value());
        }
        xml.writeEndElement();
    }

    private static void reference(XMLStreamWriter xml, Term term, String attribute) throws XMLStreamException {
        if (term.blank()) {
            xml.writeAttribute("rdf", RDF, "nodeID", term.value().substring(2));
        } else {
            xml.writeAttribute("rdf", RDF, attribute, term.value());
        }
    }

    private String prefixOf(String namespace) {
        return prefixes.entrySet().stream()
                .filter(e -> e.getValue().equals(namespace))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no prefix for " + namespace));
    }

    private Term node(JsonObject node) {
        Term subject = node.containsKey("@id")
                ? Term.iri(expand(node.getString("@id")))
                : new Term("_:b" + (++blanks), false, true, null, null);
        for (Map.Entry<String, JsonValue> field : node.entrySet()) {
            String key = field.getKey();
            if (key.equals("@context") || key.equals("@id")) {
                continue;
            }
            for (JsonValue value : values(field.getValue())) {
                if (key.equals("@type")) {
                    triples.add(new Triple(subject, RDF + "type", Term.iri(expand(((JsonString) value).getString()))));
                } else {
                    triples.add(new Triple(subject, expand(key), object(value)));
                }
            }
        }
        return subject;
    }

    private Term object(JsonValue value) {
        if (value instanceof JsonString s) {
            return new Term(s.getString(), false, false, null, null);
        }
        JsonObject o = value.asJsonObject();
        if (o.containsKey("@value")) {
            return new Term(
                    o.getString("@value"),
                    false,
                    false,
                    o.getString("@language", null),
                    o.containsKey("@type") ? expand(o.getString("@type")) : null);
        }
        if (o.size() == 1 && o.containsKey("@id")) {
            return Term.iri(expand(o.getString("@id")));
        }
        return node(o);
    }

    private static List<JsonValue> values(JsonValue value) {
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private String expand(String compact) {
        int colon = compact.indexOf(':');
        if (colon > 0
                && !compact.startsWith("http")
                && !compact.startsWith("mailto:")
                && prefixes.containsKey(compact.substring(0, colon))) {
            return prefixes.get(compact.substring(0, colon)) + compact.substring(colon + 1);
        }
        return compact;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
