package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import pl.metryka.interfaces.web.shared.Language;

/**
 * An audit event's action in the reader's words ({@code #{auditActions.label(e.action())}}): the
 * code stays what the log, its CSV and the API hold (auditors filter and script by it), the page
 * shows the label {@code audit.action.<CODE>} of the messages bundle. A refused request is logged
 * under its method and address ("GET /panel/…"), which no bundle can list: it gets one label for
 * all such requests, the address being shown beside it.
 */
@Named("auditActions")
@RequestScoped
public class AuditActionLabels {

    static final String PREFIX = "audit.action.";
    static final String REQUEST = PREFIX + "httpRequest";
    private static final Pattern HTTP_REQUEST = Pattern.compile("^[A-Z]+ /.*", Pattern.DOTALL);

    @Inject
    private Language lang;

    public String label(String code) {
        return label(code, lang.getLocale());
    }

    static String label(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle("pl.metryka.i18n.messages", locale);
        if (bundle.containsKey(PREFIX + code)) {
            return bundle.getString(PREFIX + code);
        }
        if (HTTP_REQUEST.matcher(code).matches()) {
            return bundle.getString(REQUEST);
        }
        // a code added without a label: shown as it is rather than hidden
        return code;
    }
}
