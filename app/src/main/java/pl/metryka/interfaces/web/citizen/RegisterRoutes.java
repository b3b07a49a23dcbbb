package pl.metryka.interfaces.web.citizen;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The public registers: {@code /rejestr-zmian}, {@code /wycofane} (withdrawn documents) and {@code /archiwum}. */
@WebFilter(
        urlPatterns = {"/rejestr-zmian", "/wycofane", "/archiwum"},
        dispatcherTypes = DispatcherType.REQUEST)
public class RegisterRoutes extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = switch (request.getServletPath()) {
            case "/rejestr-zmian" -> "/citizen/register.xhtml";
            case "/wycofane" -> "/citizen/withdrawn.xhtml";
            default -> "/citizen/archive.xhtml";
        };
        BulletinPages.forward(request, response, view);
    }
}
