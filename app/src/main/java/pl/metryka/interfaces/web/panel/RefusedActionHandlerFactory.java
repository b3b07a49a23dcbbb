package pl.metryka.interfaces.web.panel;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page or action a service refused for want of a role ({@link EJBAccessException}) answers 403
 * with the Polish error page; {@link RefusalAudit} writes the attempt to the audit log.
 */
public class RefusedActionHandlerFactory extends ExceptionHandlerFactory {

    public RefusedActionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusedActionHandler(getWrapped().getExceptionHandler());
    }

    static final class RefusedActionHandler extends ExceptionHandlerWrapper {

        RefusedActionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (refused(events.next().getContext().getException())) {
                    events.remove();
                    refuse(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean refused(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                    ((HttpServletResponse) external.getResponse()).sendError(HttpServletResponse.SC_FORBIDDEN);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
