package pl.metryka.application;

import java.util.Optional;
import java.util.Set;

/**
 * The bulletin's position, read in one cheap query: the register head. Every public change (a
 * document's publication, amendment, redaction, withdrawal, archiving; categories, the podmiot's
 * data, the editors, the statutory pages) appends a register entry in its own transaction, so a
 * copy of anything public that was made at head H is still right while the head is H. Kept
 * copies (the page cache) compare against it; implemented in infrastructure.
 */
public interface BulletinHead {

    /** The register head: the last entry's seq (0 before the first) and hash. */
    record Position(long seq, String hash) {}

    Position current();

    /**
     * What the register entries in (afterSeq, uptoSeq] touched: the documents they name, and
     * whether any names no document (a category, the podmiot, the editors, a statutory page), which
     * changes the menu, header and footer of every page, versions included.
     */
    Changes changedBetween(long afterSeq, long uptoSeq);

    /** {@code documents}: ids with an entry; {@code wholeBulletin}: an entry without a document. */
    record Changes(Set<Long> documents, boolean wholeBulletin) {}

    /** The hash of the entry at seq; empty if there is none (the database was restored to an earlier state). */
    Optional<String> entryHash(long seq);
}
