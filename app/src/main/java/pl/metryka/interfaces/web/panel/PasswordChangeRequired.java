package pl.metryka.interfaces.web.panel;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.metryka.application.PasswordChange;

/**
 * A user whose password an administrator set (a new account, a reset) gets only the password
 * change page until they have chosen a password of their own.
 */
@WebFilter(urlPatterns = "/panel/*")
public class PasswordChangeRequired extends HttpFilter {

    static final String PAGE = "/panel/haslo.xhtml";

    @Inject
    private PasswordChange passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getRemoteUser() != null && !path.equals(PAGE) && passwords.required()) {
            response.sendRedirect(request.getContextPath() + PAGE + "?wymagana=1");
            return;
        }
        chain.doFilter(request, response);
    }
}
