package pl.metryka.interfaces.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * The one way every form (panel and administration) turns the domain's refusals into messages:
 * each {@link FieldError#field()} (or its prefix before "." or "[") is looked up in a map from
 * field names to component ids of the form; the input is marked invalid, so it gets
 * {@code aria-invalid}. Unknown fields become messages for the whole form. Messages the rule gave
 * as a key are shown in the reader's language ({@code ?lang=en}), like the rest of the page.
 */
public final class FieldMessages {

    /** Where one message goes: a component's client id, or {@code null} for the whole form. */
    public record Placed(String clientId, String text) {}

    private FieldMessages() {}

    public static void show(InvalidInputException e, String formId, Map<String, String> fieldToComponent) {
        add(place(e.errors(), formId, fieldToComponent, locale()));
    }

    public static void show(FieldError error, String formId, Map<String, String> fieldToComponent) {
        add(place(List.of(error), formId, fieldToComponent, locale()));
    }

    /** A refusal not about one field (a message key of the bundle or an outside text). */
    public static void global(FieldError error) {
        global(error.message(locale()));
    }

    public static void global(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The mapping itself, without Faces: which component each error belongs to, in which words. */
    public static List<Placed> place(
            List<FieldError> errors, String formId, Map<String, String> fieldToComponent, Locale locale) {
        List<Placed> placed = new ArrayList<>();
        for (FieldError error : errors) {
            String component = component(error.field(), fieldToComponent);
            placed.add(new Placed(component == null ? null : formId + ":" + component, error.message(locale)));
        }
        return placed;
    }

    private static void add(List<Placed> messages) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Placed p : messages) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, p.text(), p.text());
            faces.addMessage(p.clientId(), message);
            UIComponent input =
                    p.clientId() == null ? null : faces.getViewRoot().findComponent(p.clientId());
            if (input instanceof UIInput field) {
                field.setValid(false);
            }
        }
    }

    /** The reader's language, by the same rule as the page's texts ({@link Language}): ?lang=, then the cookie. */
    public static Locale locale() {
        return Language.resolve((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private static String component(String field, Map<String, String> map) {
        if (field == null) {
            return null;
        }
        if (map.containsKey(field)) {
            return map.get(field);
        }
        for (String cut : new String[] {".", "["}) {
            int at = field.indexOf(cut);
            if (at > 0 && map.containsKey(field.substring(0, at))) {
                return map.get(field.substring(0, at));
            }
        }
        return null;
    }
}
