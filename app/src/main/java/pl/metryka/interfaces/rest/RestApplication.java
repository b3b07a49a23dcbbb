package pl.metryka.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The public JSON API, version 1. Paths and field names are a contract: keep them stable. A
 * change that breaks a client goes to /api/v2; additions raise {@link #VERSION}'s minor number.
 * The contract itself is META-INF/openapi.yaml, served at /openapi as it is written.
 */
@ApplicationPath("api/v1")
public class RestApplication extends Application {

    /** The API description's version (info.version): major = the path's /v1, minor grows with additions. */
    public static final String VERSION = "1.2.0";

    /**
     * No generated WADL (Jersey's {@code application.wadl}): the contract is openapi.yaml, and the
     * WADL listed every resource class and method to anyone.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
