package pl.metryka.interfaces.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The public pages' views are transient from the moment they are created, so that rendering one
 * never opens an HTTP session. They are plain GETs with no Faces form, so they have no state to
 * keep; but a view that is not transient gets a view map, which Mojarra keeps in the session.
 * PrimeFaces' CSP phase listener (on for the back office) puts its nonce into the view map of every
 * non-transient view before the render phase, before {@code <f:view transient="true">} of
 * site.xhtml is applied: so that attribute alone came too late, and every anonymous page view
 * opened a session. Back-office views ({@code /panel/}, {@code /logowanie.xhtml}) keep their
 * server-side state, which is their CSRF protection.
 */
public class PublicViews extends ViewHandlerWrapper {

    public PublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    /** The home page and the views the readable addresses forward to. */
    static boolean isPublic(String viewId) {
        return viewId != null && (viewId.equals("/index.xhtml") || viewId.startsWith("/citizen/"));
    }
}
