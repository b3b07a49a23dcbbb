package pl.metryka.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Remembers a reader's explicit choice of language ({@code ?lang=en} or {@code ?lang=pl}) on
 * every page, so that the next click keeps it. It was remembered by some routes only, and the home
 * page, where most readers switch, was not one of them: the next click fell back to Polish.
 * Declared in web.xml, so that it runs before the routing filters, which forward.
 */
public class LanguageChoice extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Language.remember(request, response);
        chain.doFilter(request, response);
    }
}
