package pl.metryka.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.auth.message.MessageInfo;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which requests skip Soteria's module: only those its mechanism could only answer with
 * doNothing(). Everything that may log someone in or must be refused goes through
 * (BackOfficeHttpIT, ApiHttpIT and the login tests prove that end to end).
 */
class AnonymousReadersTest {

    @Test
    void aPlainReadWithoutCredentialsOrSessionOfAnOpenAddressSkipsTheModule() {
        assertTrue(AnonymousReaders.nothingToAuthenticate(message("GET", Map.of(), null, false)));
        assertTrue(AnonymousReaders.nothingToAuthenticate(message("HEAD", Map.of(), null, false)));
    }

    @Test
    void credentialsASessionAWriteALoginOrAProtectedAddressGoToTheMechanism() {
        assertFalse(AnonymousReaders.nothingToAuthenticate(
                message("GET", Map.of("Authorization", "Basic eDp5"), null, false)));
        assertFalse(AnonymousReaders.nothingToAuthenticate(message("GET", Map.of(), "abc", false)));
        assertFalse(AnonymousReaders.nothingToAuthenticate(message("POST", Map.of(), null, false)));
        assertFalse(AnonymousReaders.nothingToAuthenticate(message("OPTIONS", Map.of(), null, false)));
        assertFalse(AnonymousReaders.nothingToAuthenticate(message("GET", Map.of(), null, true)));
        MessageInfo login = message("GET", Map.of(), null, false);
        attributes.put("org.glassfish.soteria.security.message.request.authentication", Boolean.TRUE);
        assertFalse(AnonymousReaders.nothingToAuthenticate(login));
    }

    private final Map<String, Object> attributes = new HashMap<>();

    private MessageInfo message(String method, Map<String, String> headers, String sessionId, boolean mandatory) {
        attributes.clear();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getRequestedSessionId" -> sessionId;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(call.getName());
                });
        Map<Object, Object> map = new HashMap<>();
        if (mandatory) {
            map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", "true");
        }
        return new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return null;
            }

            @Override
            public void setRequestMessage(Object message) {}

            @Override
            public void setResponseMessage(Object message) {}

            @Override
            public Map getMap() {
                return map;
            }
        };
    }
}
