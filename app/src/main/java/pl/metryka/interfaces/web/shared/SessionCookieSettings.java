package pl.metryka.interfaces.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is always HttpOnly (web.xml) and SameSite=Lax (payara-web.xml). Its Secure
 * flag is set by {@code metryka.cookie.secure} (env {@code METRYKA_COOKIE_SECURE}): {@code auto}
 * (default) lets Payara mark it Secure whenever the connection itself is HTTPS; {@code true} marks
 * it Secure always (set this behind a TLS proxy: Payara sees plain HTTP there, and the proxy's
 * X-Forwarded-Proto is no longer Payara's business, see infrastructure.web's trusted proxies);
 * plain-HTTP development and tests keep {@code auto}.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String secure = ConfigProvider.getConfig()
                .getOptionalValue("metryka.cookie.secure", String.class)
                .orElse("auto");
        if ("true".equalsIgnoreCase(secure.strip())) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookie: Secure always (metryka.cookie.secure=true)");
        }
    }
}
