package pl.metryka.interfaces.web.panel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Back-office pages are never cached (they show drafts and personal data). */
@WebFilter(urlPatterns = {"/panel/*", "/logowanie", "/logowanie.xhtml"})
public class BackOfficeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
