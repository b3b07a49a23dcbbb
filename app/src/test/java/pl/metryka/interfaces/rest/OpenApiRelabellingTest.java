package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payara's OpenAPI endpoint may give its type by setContentType or as a header, set or added:
 * each way the client gets the type it asked for, and other headers pass untouched.
 */
class OpenApiRelabellingTest {

    @Test
    void everyWayOfGivingTheTypeIsRelabelled() throws Exception {
        List<String> calls = new ArrayList<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, calls, "application/yaml");
        HttpServletResponse response = proxy(HttpServletResponse.class, calls, null);
        new OpenApiMediaTypes().doFilter(request, response, (req, res) -> {
            HttpServletResponse answer = (HttpServletResponse) res;
            calls.add("asked " + ((HttpServletRequest) req).getHeader("accept"));
            answer.setContentType("text/plain");
            answer.setHeader("Content-Type", "text/plain");
            answer.addHeader("content-type", "text/plain");
            answer.setHeader("X-One", "1");
            answer.addHeader("X-Two", "2");
            answer.setContentType("text/html");
        });
        assertEquals(
                List.of(
                        "getHeader [Accept]",
                        "asked text/plain",
                        "setContentType [application/yaml;charset=UTF-8]",
                        "setContentType [application/yaml;charset=UTF-8]",
                        "setContentType [application/yaml;charset=UTF-8]",
                        "setHeader [X-One, 1]",
                        "addHeader [X-Two, 2]",
                        "setContentType [text/html]"),
                calls);
    }

    /** Records every call; a request answers its Accept header with {@code accept}. */
    private static <T> T proxy(Class<T> type, List<String> calls, String accept) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            calls.add(method.getName() + " " + Arrays.toString(args));
            return method.getName().equals("getHeader") ? accept : null;
        }));
    }
}
