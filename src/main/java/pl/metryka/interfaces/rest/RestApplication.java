package pl.metryka.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API, version 1. Paths and field names are a contract: keep them stable. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
