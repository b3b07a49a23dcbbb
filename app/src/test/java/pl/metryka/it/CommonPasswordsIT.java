package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/** A common or leaked password is refused when an account is made with it, with the field named (issue 14, item 13). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommonPasswordsIT {

    @ArquillianResource
    private URL base;

    @Test
    void commonPasswordsAreRefusedOnTheApiAndAStrongOneIsAccepted() {
        ApiClient admin = ApiClient.anonymous(base).as("admin", "admin");
        for (String common : List.of("Password1234", "Qwerty123456", "P@ssw0rd1234", "1qaz2wsx3edc")) {
            ApiClient.Reply refused = admin.post("api/v1/admin/accounts", body(common));
            assertEquals(400, refused.status(), common + ": " + refused.body());
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("password", error.getString("field"), refused.body());
            assertTrue(error.getString("message").startsWith("Hasło jest zbyt łatwe do odgadnięcia"), refused.body());
        }
        assertEquals(
                201,
                admin.post("api/v1/admin/accounts", body("Spokojna-Rzeka-Wisla-7"))
                        .status());
        ApiClient.Reply generated = admin.post("api/v1/admin/accounts", body(""));
        assertEquals(201, generated.status(), "a generated password passes: " + generated.body());
    }

    private static String body(String password) {
        String name = "haslo-" + UUID.randomUUID().toString().substring(0, 8);
        return JsonBodies.account(name, "Jan Próbny", password, "REDAKTOR")
                .build()
                .toString();
    }
}
