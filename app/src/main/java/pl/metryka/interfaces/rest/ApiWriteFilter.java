package pl.metryka.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A filter that looks only at the API's writes: reads (GET, HEAD, OPTIONS) change nothing and pass
 * untouched. One list for every such filter, so that the origin check and the write gate cannot
 * come to disagree about what a write is.
 */
public abstract class ApiWriteFilter extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        filterWrite(request, response, chain);
    }

    /** A request with any other method than GET, HEAD or OPTIONS. */
    protected abstract void filterWrite(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException;
}
