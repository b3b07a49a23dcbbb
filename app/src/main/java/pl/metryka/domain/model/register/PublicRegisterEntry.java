package pl.metryka.domain.model.register;

import java.time.Instant;

/**
 * A register entry as the public sees it (API, CSV, bundles). An entry whose kind is not public
 * information ({@link RegisterAction#isPublicInformation()}) is masked: only its sequence number,
 * time, chain hashes and Merkle leaf hash are shown, with the action {@value #MASKED_ACTION}, so
 * the chain, the Merkle tree and the signed heads still verify while who did what to which draft
 * or account is not disclosed. A verifier takes a masked entry's hash and leaf hash as published
 * and still checks that the next entry links to it and that the leaves give the signed root.
 *
 * @param leafHash set only for a masked entry: its RFC 9162 leaf hash, which a reader cannot
 *                 recompute without the hidden fields
 * @param format   the entry's hash format, e.g. {@code metryka-register/2} (docs/register-format.md)
 */
public record PublicRegisterEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        Long documentId,
        Integer revision,
        String subject,
        String reason,
        String contentHash,
        String prevHash,
        String hash,
        boolean masked,
        String leafHash,
        String format) {

    /** The action a masked entry shows instead of its own. */
    public static final String MASKED_ACTION = "INTERNAL";

    public static PublicRegisterEntry of(RegisterEntry e) {
        if (e.action().isPublicInformation()) {
            return new PublicRegisterEntry(
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.action().name(),
                    e.documentId(),
                    e.revision(),
                    e.subject(),
                    e.reason(),
                    e.contentHash(),
                    e.prevHash(),
                    e.hash(),
                    false,
                    null,
                    e.format());
        }
        return new PublicRegisterEntry(
                e.seq(),
                e.at(),
                null,
                MASKED_ACTION,
                null,
                null,
                null,
                null,
                null,
                e.prevHash(),
                e.hash(),
                true,
                MerkleHash.hex(MerkleHash.leaf(e)),
                e.format());
    }
}
