package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @Test
    void documentsAndImportsHaveTheirOwnCapsEverythingElseIsSmallJson() {
        assertEquals(RequestBodyLimit.DOCUMENT, RequestBodyLimit.of("POST", "/api/v1/documents"));
        assertEquals(RequestBodyLimit.DOCUMENT, RequestBodyLimit.of("PUT", "/api/v1/documents/12"));
        assertEquals(RequestBodyLimit.IMPORT, RequestBodyLimit.of("POST", "/api/v1/import/documents"));
        assertEquals(RequestBodyLimit.JSON, RequestBodyLimit.of("POST", "/api/v1/documents/12/withdrawal"));
        assertEquals(RequestBodyLimit.JSON, RequestBodyLimit.of("POST", "/api/v1/documents/12/redactions"));
        assertEquals(RequestBodyLimit.JSON, RequestBodyLimit.of("POST", "/api/v1/documents/12"));
        assertEquals(RequestBodyLimit.JSON, RequestBodyLimit.of("PUT", "/api/v1/documents"));
        assertEquals(RequestBodyLimit.JSON, RequestBodyLimit.of("POST", "/api/v1/admin/accounts"));
        assertEquals("64 MB", RequestBodyLimit.DOCUMENT.readable());
        assertEquals("1 MB", RequestBodyLimit.JSON.readable());
    }
}
