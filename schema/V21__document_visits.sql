-- Issue 17: the visit counter's batched "visits = visits + n" updated the document row, so a flush
-- waited for any transaction that held that row (an edit, a publication, a withdrawal) and held up
-- every other document's count in the same batch meanwhile. The counts move to a table of their own.
-- Its row is made by a trigger when the document is made, so the counter only ever UPDATEs it: an
-- INSERT would check the foreign key, which takes a shared lock on the document row and would wait
-- for that same transaction.
CREATE TABLE document_visits (
    document_id BIGINT NOT NULL PRIMARY KEY,
    visits      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_document_visits_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The trigger first, then the copy: a document that an instance still running the old version
-- makes in between gets its row from the trigger and is skipped by the copy, never left without one.
CREATE TRIGGER document_has_visits AFTER INSERT ON document FOR EACH ROW
    INSERT INTO document_visits (document_id) VALUES (NEW.id);

INSERT IGNORE INTO document_visits (document_id, visits) SELECT id, visits FROM document;

-- document.visits stays, unused, for now: instances of the previous version still read it (their
-- Document entity maps it) until they are restarted after this migration; the views they count
-- meanwhile go to that column and are not carried over. A later migration drops it.
