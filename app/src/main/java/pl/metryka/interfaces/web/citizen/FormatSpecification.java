package pl.metryka.interfaces.web.citizen;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The public register format specification (docs/register-format.md, packaged with the
 * application) at a stable address, as the Markdown it is written in (RFC 7763): the exact text
 * the project's tests check, so what an installation serves is what its code does.
 */
@WebServlet(FormatSpecification.PATH)
public class FormatSpecification extends HttpServlet {

    public static final String PATH = "/docs/register-format.md";
    private static final String RESOURCE = "/pl/metryka/docs/register-format.md";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream in = FormatSpecification.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] text = in.readAllBytes();
            response.setContentType("text/markdown; charset=UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setContentLength(text.length);
            response.getOutputStream().write(text);
        }
    }
}
