package pl.metryka.interfaces.rest;

import java.util.List;
import pl.metryka.application.RegisterProofs;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.rest.RegisterResource.HeadJson;
import pl.metryka.interfaces.rest.RegisterResource.KeyJson;

/**
 * {@code GET /api/v1/documents/{id}/proofs}: a document's register entries, one RFC 9162 inclusion
 * proof each under the latest signed head, the head and the public key — what the verification
 * page checks in the browser.
 */
public record DocumentProofsJson(
        long documentId,
        HeadJson head,
        KeyJson publicKey,
        List<PublicRegisterEntry> entries,
        List<RegisterProofs.Inclusion> inclusions) {

    static DocumentProofsJson of(long documentId, RegisterProofs.DocumentProofs proofs, KeyJson key) {
        return new DocumentProofsJson(
                documentId,
                HeadJson.of(proofs.head()),
                key,
                proofs.entries().stream().map(PublicRegisterEntry::of).toList(),
                proofs.inclusions());
    }
}
