package pl.metryka.infrastructure.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Lets a reader with nothing to authenticate past Jakarta Security without asking it.
 *
 * <p>Why: the container calls the authentication module on every request, and Soteria's module
 * (which runs {@link AccountAuthenticationMechanism}) looks the CDI bean manager up in JNDI twice
 * per request, under a lock of Weld's. Profiled under 64 connections (docs/benchmarks.md), that was
 * a quarter of the CPU of a page served from the page cache, and threads queued on the lock. For a
 * request that carries no credentials and no session, to an address no constraint protects, the
 * mechanism can only answer "nothing to do" ({@code doNothing()}): this answers that itself and
 * hands every other request (a header, a session cookie, a login, a protected page, any write) to
 * Soteria unchanged.
 *
 * <p>How: Jakarta Authentication lets a provider be registered for the application's context; after
 * Soteria has registered its module (servlet container initializers run before listeners), this
 * registers a provider that wraps Soteria's.
 */
@WebListener
public class AnonymousReaders implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(AnonymousReaders.class.getName());
    static final String LAYER = "HttpServlet";
    /** Marks a request answered here, so that its response is not handed to Soteria either. */
    static final String PASSED = AnonymousReaders.class.getName() + ".passed";

    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    /** Soteria's marker of SecurityContext.authenticate (the login form's call). */
    private static final String SOTERIA_AUTHENTICATION =
            "org.glassfish.soteria.security.message.request.authentication";

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        String appContext = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider soteria = factory == null ? null : factory.getConfigProvider(LAYER, appContext, null);
        if (soteria == null) {
            LOG.warning("No authentication module registered for '" + appContext
                    + "': readers go through the container's default");
            return;
        }
        registration = factory.registerConfigProvider(
                new Provider(soteria), LAYER, appContext, "Metryka: anonymous readers past Soteria's module");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (registration != null && factory != null) {
            factory.removeRegistration(registration);
        }
    }

    /**
     * Nothing to authenticate: a GET or HEAD with no Authorization header and no session cookie, not
     * a SecurityContext.authenticate call, to an address without a security constraint.
     */
    static boolean nothingToAuthenticate(MessageInfo message) {
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)) {
            return false;
        }
        String method = request.getMethod();
        Map<?, ?> map = message.getMap();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() == null
                && request.getAttribute(SOTERIA_AUTHENTICATION) == null
                && (map == null || !Boolean.parseBoolean(String.valueOf(map.get(MANDATORY))));
    }

    private record Provider(AuthConfigProvider wrapped) implements AuthConfigProvider {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return wrapped.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(wrapped.getServerAuthConfig(layer, appContext, handler));
        }

        @Override
        public void refresh() {
            wrapped.refresh();
        }
    }

    private record Config(ServerAuthConfig wrapped) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(
                String authContextId, Subject serviceSubject, @SuppressWarnings("rawtypes") Map properties)
                throws AuthException {
            @SuppressWarnings("unchecked")
            ServerAuthContext context = wrapped.getAuthContext(authContextId, serviceSubject, properties);
            return context == null ? null : new Context(context);
        }

        @Override
        public String getMessageLayer() {
            return wrapped.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return wrapped.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return wrapped.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            wrapped.refresh();
        }

        @Override
        public boolean isProtected() {
            return wrapped.isProtected();
        }
    }

    private record Context(ServerAuthContext wrapped) implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (nothingToAuthenticate(message)) {
                ((HttpServletRequest) message.getRequestMessage()).setAttribute(PASSED, Boolean.TRUE);
                return AuthStatus.SUCCESS; // what the mechanism's doNothing() becomes: an anonymous caller
            }
            return wrapped.validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            if (message.getRequestMessage() instanceof HttpServletRequest request
                    && request.getAttribute(PASSED) != null) {
                return AuthStatus.SEND_SUCCESS; // the mechanism does not change responses
            }
            return wrapped.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            wrapped.cleanSubject(message, subject);
        }
    }
}
