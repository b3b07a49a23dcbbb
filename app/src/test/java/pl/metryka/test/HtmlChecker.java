package pl.metryka.test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (vnu), offline: the errors it finds in one HTML document. Loading its
 * schema takes seconds, so one checker serves every call, one document at a time.
 */
public final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";
    private static final Collector COLLECTOR = new Collector();
    private static SimpleDocumentValidator validator;

    private HtmlChecker() {}

    public static synchronized List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        COLLECTOR.target = errors;
        try {
            validator().checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (IOException | SAXException e) {
            errors.add("could not check: " + e);
        }
        return errors;
    }

    private static SimpleDocumentValidator validator() {
        if (validator == null) {
            try {
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
                v.setUpMainSchema(SCHEMA, COLLECTOR);
                v.setUpValidatorAndParsers(COLLECTOR, true, false);
                validator = v;
            } catch (Exception e) {
                throw new IllegalStateException("the checker's schema did not load", e);
            }
        }
        return validator;
    }

    private static final class Collector implements ErrorHandler {
        private List<String> target = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice, not invalidity
        }

        @Override
        public void error(SAXParseException e) {
            target.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            target.add("fatal, line " + e.getLineNumber() + ": " + e.getMessage());
        }
    }
}
