package pl.metryka.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import pl.metryka.domain.model.audit.AuditQuery;

/**
 * The audit log's filters, read from the query string (openapi.yaml's AuditActor ... AuditTo): one
 * bean for the list and both exports, so that they cannot come to filter differently.
 */
public class AuditFilter {

    @QueryParam("actor")
    String actor;

    @QueryParam("action")
    String action;

    @QueryParam("document")
    Long document;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    /** The query; a date that does not parse is the client's mistake, named by its parameter. */
    AuditQuery query() {
        return new AuditQuery(actor, action, document, Dates.date("from", from), Dates.date("to", to));
    }
}
