package pl.metryka.interfaces.rest;

import java.util.List;
import pl.metryka.domain.model.register.DocumentIndex;

/**
 * {@code index.json} of a verification bundle: every public register entry of the document up to
 * the bundle's signed head, and the installation's Ed25519 signature over
 * {@link DocumentIndex#signedText()} (docs/bundle-format.md). The verifier rebuilds that text from
 * these fields, so a bundle with an entry cut out no longer matches a list it cannot re-sign.
 */
public record DocumentIndexJson(
        String form, long documentId, long treeSize, String rootHash, List<Item> entries, String signature) {

    public record Item(long seq, String action, Integer revision, String hash) {}

    static DocumentIndexJson of(DocumentIndex index, String signature) {
        return new DocumentIndexJson(
                DocumentIndex.FORM,
                index.documentId(),
                index.treeSize(),
                index.rootHash(),
                index.entries().stream()
                        .map(e -> new Item(e.seq(), e.action().name(), e.revision(), e.hash()))
                        .toList(),
                signature);
    }
}
