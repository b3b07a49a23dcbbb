package pl.metryka.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Under /api every error is an RFC 9457 problem, also when JAX-RS never sees the request (a path
 * outside /api/v1, the database outage filter's 503) or answers an error without a body: the
 * container's {@code sendError} would show the site's HTML error page (web.xml error-page), so
 * here it writes the problem instead. Declared in web.xml ahead of the outage filter, so that
 * filter's 503 passes through it.
 */
public class ApiProblemFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new ProblemResponse(request, response));
    }

    private static final class ProblemResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status < 400 || isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            Problem.of(status, request.getRequestURI(), null, detail(status)).writeTo(this);
            flushBuffer();
        }

        private static String detail(int status) {
            return switch (status) {
                case 401 -> "Wymagane uwierzytelnienie.";
                case 403 -> "Brak uprawnień do tej czynności.";
                case 404 -> "Nie ma takiego zasobu.";
                case 405 -> "Ta metoda nie jest dozwolona dla tego adresu.";
                case 503 -> "Baza danych jest chwilowo niedostępna. Spróbuj ponownie za chwilę.";
                default -> Problem.phrase(status);
            };
        }
    }
}
