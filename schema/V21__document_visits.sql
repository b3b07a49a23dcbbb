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

INSERT INTO document_visits (document_id, visits) SELECT id, visits FROM document;

ALTER TABLE document DROP COLUMN visits;

CREATE TRIGGER document_has_visits AFTER INSERT ON document FOR EACH ROW
    INSERT INTO document_visits (document_id) VALUES (NEW.id);
