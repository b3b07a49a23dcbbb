-- Hashed structures are versioned (issue 13, docs/register-format.md). Format 1 is the fixed-key-
-- order canonical JSON written so far; format 2 is RFC 8785 (JSON Canonicalization Scheme) with a
-- "format" member inside the hashed text. Every row that exists now was hashed or signed in
-- format 1 and keeps it, so its hash and signature stay verifiable; the application writes 2.
ALTER TABLE revision ADD COLUMN hash_format SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE register_entry ADD COLUMN hash_format SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE tree_head ADD COLUMN hash_format SMALLINT NOT NULL DEFAULT 1;

DELIMITER $$

-- As in V17, with hash_format among the columns a published revision never changes.
DROP TRIGGER revision_published_is_immutable$$
CREATE TRIGGER revision_published_is_immutable BEFORE UPDATE ON revision FOR EACH ROW
BEGIN
    IF OLD.state = 'PUBLISHED' THEN
        IF NOT (NEW.id <=> OLD.id AND NEW.document_id <=> OLD.document_id AND NEW.number <=> OLD.number
                AND NEW.state <=> OLD.state AND NEW.title <=> OLD.title AND NEW.issuer <=> OLD.issuer
                AND NEW.author_name <=> OLD.author_name AND NEW.author_position <=> OLD.author_position
                AND NEW.created_on <=> OLD.created_on AND NEW.editor_username <=> OLD.editor_username
                AND NEW.editor_name <=> OLD.editor_name AND NEW.saved_at <=> OLD.saved_at
                AND NEW.published_at <=> OLD.published_at AND NEW.reason <=> OLD.reason
                AND NEW.withheld_scope <=> OLD.withheld_scope AND NEW.withheld_legal_basis <=> OLD.withheld_legal_basis
                AND NEW.withheld_by <=> OLD.withheld_by AND NEW.withheld_in_interest_of <=> OLD.withheld_in_interest_of
                AND NEW.published_elsewhere_at <=> OLD.published_elsewhere_at AND NEW.content_hash <=> OLD.content_hash
                AND NEW.hash_format <=> OLD.hash_format
                AND NEW.redacted_hash IS NOT NULL
                AND (SELECT CONCAT(rr.redacted_hash, rr.body_sha256) FROM redaction_revision rr
                     WHERE rr.document_id = OLD.document_id AND rr.revision = OLD.number
                     ORDER BY rr.id DESC LIMIT 1) <=> CONCAT(NEW.redacted_hash, SHA2(NEW.body, 256))) THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: a published revision is immutable';
        END IF;
    END IF;
END$$

DELIMITER ;
