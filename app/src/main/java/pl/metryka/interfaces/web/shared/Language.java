package pl.metryka.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the public pages: Polish unless the reader chose English with {@code ?lang=en}
 * (remembered in a cookie). Switching is a plain link, so it works without JavaScript.
 */
@Named("lang")
@RequestScoped
public class Language {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String COOKIE = "lang";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(getCode());
    }

    /** The current page's address in the other language. */
    public String getSwitchUrl() {
        return Routes.currentPath(request) + "?lang=" + (isEnglish() ? "pl" : "en");
    }

    public String text(String key) {
        return ResourceBundle.getBundle("pl.metryka.i18n.messages", getLocale()).getString(key);
    }

    public static Locale resolve(HttpServletRequest request) {
        String asked = request.getParameter(COOKIE);
        if (asked == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    asked = cookie.getValue();
                }
            }
        }
        return "en".equals(asked) ? ENGLISH : POLISH;
    }

    /** Remembers an explicit choice made with {@code ?lang=}. */
    public static void remember(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter(COOKIE);
        if ("en".equals(asked) || "pl".equals(asked)) {
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
