package pl.metryka.interfaces.web.panel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * Puts the domain's field-named errors next to the form fields: each {@link FieldError#field()}
 * (or its prefix before "." or "[") is looked up in a map from field names to component ids of
 * the form; the input is marked invalid, so it gets {@code aria-invalid}. Unknown fields become
 * messages for the whole form.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(InvalidInputException e, String formId, Map<String, String> fieldToComponent) {
        for (FieldError error : e.errors()) {
            show(error, formId, fieldToComponent);
        }
    }

    public static void show(FieldError error, String formId, Map<String, String> fieldToComponent) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String component = component(error.field(), fieldToComponent);
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message());
        if (component == null) {
            faces.addMessage(null, message);
            return;
        }
        String clientId = formId + ":" + component;
        faces.addMessage(clientId, message);
        UIComponent input = faces.getViewRoot().findComponent(clientId);
        if (input instanceof UIInput field) {
            field.setValid(false);
        }
    }

    public static void global(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
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
