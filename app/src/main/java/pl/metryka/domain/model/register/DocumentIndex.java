package pl.metryka.domain.model.register;

import java.util.List;

/**
 * Every public register entry of one document up to a signed tree head, as the installation states
 * it under its signing key. An append-only log proves that the entries a bundle shows are in it,
 * never that no other entry of the document is: without a signed statement of the whole set, cutting
 * the last amendment out of a bundle leaves a bundle that checks. The installation signs this list
 * for the bundle it exports, so a cut bundle no longer matches it, and an installation that left an
 * entry out would have signed a statement that the entry's inclusion proof refutes
 * (docs/bundle-format.md).
 */
public record DocumentIndex(long documentId, long treeSize, String rootHash, List<RegisterEntry> entries) {

    /** The first line of the signed text: what it is and the version of its form. */
    public static final String FORM = "metryka document index v1";

    public DocumentIndex {
        entries = List.copyOf(entries);
    }

    /**
     * The exact text that is signed (UTF-8, every line ending in LF): the form line,
     * {@code document <id>}, {@code tree <size> <root hex>}, then per entry in seq order
     * {@code <seq> <action> <revision or -> <entry hash hex>}.
     */
    public String signedText() {
        StringBuilder text = new StringBuilder(FORM)
                .append('\n')
                .append("document ")
                .append(documentId)
                .append('\n')
                .append("tree ")
                .append(treeSize)
                .append(' ')
                .append(rootHash)
                .append('\n');
        for (RegisterEntry e : entries) {
            text.append(e.seq())
                    .append(' ')
                    .append(e.action().name())
                    .append(' ')
                    .append(e.revision() == null ? "-" : e.revision().toString())
                    .append(' ')
                    .append(e.hash())
                    .append('\n');
        }
        return text.toString();
    }
}
