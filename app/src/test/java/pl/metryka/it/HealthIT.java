package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @ArquillianResource
    private URL base;

    @Test
    void readinessIsUpWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("{\"name\":\"database\",\"status\":\"UP\""), response.body());
    }

    @Test
    void homePageAnswers() throws Exception {
        HttpResponse<String> response = get(base.getPath());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Biuletyn Informacji Publicznej"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = new URI(base.getProtocol(), null, base.getHost(), base.getPort(), path, null, null);
        return ApiClient.http().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
