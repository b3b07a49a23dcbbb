package pl.metryka.interfaces.web.panel;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The addresses a clerk types when looking for the login ({@code /login}, {@code /admin}, as on
 * most other systems) lead to the one login form, {@code /logowanie}. A redirect, not a second
 * copy of the form: the address bar then shows the address the footer's „Logowanie" link uses.
 */
@WebServlet(urlPatterns = {"/login", "/login/", "/admin", "/admin/"})
public class LoginAddresses extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/logowanie");
    }
}
