package pl.metryka.test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, as a library, checking a PDF against PDF/UA-1 and PDF/A-2a: the flavours the
 * generated PDFs claim in their XMP. Its own ("greenfield") parser is used, so nothing depends on
 * the PDFBox the application ships.
 */
public final class PdfConformance {

    /** The flavours Metryka's PDFs claim (pdfuaid:part 1, pdfaid:part 2 conformance A). */
    public static final List<PDFAFlavour> CLAIMED = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {}

    /**
     * The rules the PDF fails, per flavour, as "flavour rule-id (n×): description"; empty when
     * it conforms to every claimed flavour.
     */
    public static List<String> failures(byte[] pdf) {
        return CLAIMED.stream().flatMap(f -> failures(pdf, f).stream()).toList();
    }

    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            Map<String, String> descriptions = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String id = flavour.getId() + " " + assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber();
                    failed.merge(id, 1, Integer::sum);
                    descriptions.putIfAbsent(
                            id,
                            assertion.getMessage() + " @ "
                                    + assertion.getLocation().getContext());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of(flavour.getId() + ": not compliant, " + result.getJobEndStatus());
            }
            return failed.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + "×): " + descriptions.get(e.getKey()))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF against " + flavour, e);
        }
    }
}
