package pl.metryka.interfaces.web.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.register.RegisterAction;

/**
 * The audit log's action codes in words: every code the application writes (found in the sources,
 * as the second argument of the audit trail's record calls or the first of AdministratorChanges.record,
 * and "REGISTER_" with every register action) has a label in both bundles, so the auditor never reads "ACCOUNT_DISABLE" on the page.
 */
class AuditActionLabelsTest {

    private static final String BUNDLE = "pl.metryka.i18n.messages";
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Test
    void everyActionCodeHasAPolishAndAnEnglishLabel() throws IOException {
        TreeSet<String> codes = codesInSources();
        for (RegisterAction action : RegisterAction.values()) {
            codes.add("REGISTER_" + action.name());
        }
        assertTrue(codes.size() >= 30, "the scan finds the codes: " + codes);
        assertTrue(
                codes.containsAll(List.of("LOGIN", "PODMIOT_CHANGE", "BIP_LOGO_UPLOAD")),
                "both kinds of call: " + codes);
        List<String> missing = new ArrayList<>();
        for (Locale locale : new Locale[] {POLISH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            for (String code : codes) {
                if (!bundle.containsKey(AuditActionLabels.PREFIX + code)) {
                    missing.add(locale + ": " + code);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void labelsArePolishByDefaultAndTheCodeStaysForUnknownOnes() {
        assertEquals("Zablokowanie konta", AuditActionLabels.label("ACCOUNT_DISABLE", POLISH));
        assertEquals("Account disabled", AuditActionLabels.label("ACCOUNT_DISABLE", Locale.ENGLISH));
        assertEquals("Przegląd dnia dziennika", AuditActionLabels.label("AUDIT_DAY_REVIEWED", POLISH));
        assertEquals("Rejestr: publikacja", AuditActionLabels.label("REGISTER_PUBLISHED", POLISH));
        assertEquals(
                "Żądanie HTTP (metoda i adres)", AuditActionLabels.label("POST /panel/dokumenty/edycja.xhtml", POLISH));
        assertEquals("SOMETHING_NEW", AuditActionLabels.label("SOMETHING_NEW", POLISH));
    }

    /**
     * The codes passed as string literals to AuditTrail.record/recordChange (second argument, after
     * the actor) and to AdministratorChanges.record (first argument: it knows the actor).
     */
    private static TreeSet<String> codesInSources() throws IOException {
        Pattern call = Pattern.compile("\\b(?:record|recordChange)\\(\\s*(?:[^,;\"]+?,\\s*)?\"([A-Z][A-Z0-9_]+)\"");
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("app/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }
}
