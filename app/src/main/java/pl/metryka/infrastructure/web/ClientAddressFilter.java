package pl.metryka.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Every part of the application asks the request for the client's address (the audit log, the
 * login throttle, refusals) and scheme: behind a trusted proxy ({@link TrustedProxies}) the request
 * answers with what the proxy forwarded, from anyone else with what the connection says. The
 * Host header is never used for anything (absolute URLs come from the configured public address).
 * Declared first in web.xml, so every other filter and servlet sees the real client.
 */
public class ClientAddressFilter extends HttpFilter {

    @Inject
    private TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!proxies.isTrusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.clientAddress(request);
        Optional<String> scheme = proxies.forwardedScheme(request);
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }

                    @Override
                    public String getRemoteHost() {
                        return client;
                    }

                    @Override
                    public String getScheme() {
                        return scheme.orElseGet(super::getScheme);
                    }

                    @Override
                    public boolean isSecure() {
                        return scheme.map("https"::equals).orElseGet(super::isSecure);
                    }
                },
                response);
    }
}
