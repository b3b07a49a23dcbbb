-- Lawful removal from published history (redaction, issue 12). A REDAKTOR_NACZELNY removes a
-- passage of a published revision's body, or one attachment file, with a reason and a legal
-- basis. The removed text is stored nowhere: these tables hold only who, when, why, the stub
-- that replaces the passage and the hashes that let the guard triggers below recognise the one
-- change a redaction makes. Both tables are append-only, like the register.

CREATE TABLE redaction (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id         BIGINT       NOT NULL,
    at                  DATETIME(6)  NOT NULL,
    actor_username      VARCHAR(100) NOT NULL,
    actor_name          VARCHAR(200) NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    reason              TEXT         NOT NULL,
    legal_basis         TEXT         NOT NULL,
    stub                TEXT         NOT NULL,
    attachment_revision INT          NULL,
    attachment_position INT          NULL,
    CONSTRAINT fk_redaction_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_redaction_document (document_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per revision a redaction changed. body_sha256 is SHA2 of the redacted body and
-- redacted_hash the revision's content hash after it: the revision trigger accepts a new body
-- only if it is exactly the one the newest row for that revision names. removed_sha256 names
-- the attachment file taken out (a hash, not the file) and stub_sha256 the stub file put in.
CREATE TABLE redaction_revision (
    id             BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    redaction_id   BIGINT   NOT NULL,
    document_id    BIGINT   NOT NULL,
    revision       INT      NOT NULL,
    occurrences    INT      NOT NULL,
    original_hash  CHAR(64) NOT NULL,
    redacted_hash  CHAR(64) NOT NULL,
    body_sha256    CHAR(64) NOT NULL,
    removed_sha256 CHAR(64) NULL,
    stub_sha256    CHAR(64) NULL,
    CONSTRAINT fk_redaction_revision_redaction FOREIGN KEY (redaction_id) REFERENCES redaction (id),
    INDEX ix_redaction_revision (document_id, revision, id),
    INDEX ix_redaction_revision_removed (removed_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The hash of the revision's content after its latest redaction; content_hash keeps the hash
-- recorded at publication (the commitment the register holds).
ALTER TABLE revision ADD COLUMN redacted_hash CHAR(64) NULL;

DELIMITER $$

CREATE TRIGGER redaction_is_append_only BEFORE UPDATE ON redaction FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: redaction records are append-only';
END$$

CREATE TRIGGER redaction_never_deleted BEFORE DELETE ON redaction FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: redaction records are never deleted';
END$$

CREATE TRIGGER redaction_revision_is_append_only BEFORE UPDATE ON redaction_revision FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: redaction records are append-only';
END$$

CREATE TRIGGER redaction_revision_never_deleted BEFORE DELETE ON redaction_revision FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: redaction records are never deleted';
END$$

-- The one narrow path through the guard: a published revision may change only its body and
-- redacted_hash, only to the body and hash its newest redaction record names. Every other
-- column must stay exactly as it was (a column added to revision later must be added here).
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
                AND NEW.redacted_hash IS NOT NULL
                AND (SELECT CONCAT(rr.redacted_hash, rr.body_sha256) FROM redaction_revision rr
                     WHERE rr.document_id = OLD.document_id AND rr.revision = OLD.number
                     ORDER BY rr.id DESC LIMIT 1) <=> CONCAT(NEW.redacted_hash, SHA2(NEW.body, 256))) THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: a published revision is immutable';
        END IF;
    END IF;
END$$

-- An attachment of a published revision changes only by a redaction: the file its record names
-- replaced by the stub file it names; position, revision and description stay.
DROP TRIGGER attachment_of_published_is_immutable$$
CREATE TRIGGER attachment_of_published_is_immutable BEFORE UPDATE ON attachment FOR EACH ROW
BEGIN
    IF (SELECT state FROM revision WHERE id = OLD.revision_id) = 'PUBLISHED' THEN
        IF NOT (NEW.id <=> OLD.id AND NEW.revision_id <=> OLD.revision_id AND NEW.position <=> OLD.position
                AND NEW.description <=> OLD.description
                AND EXISTS (SELECT 1 FROM redaction_revision rr JOIN revision r
                                ON r.document_id = rr.document_id AND r.number = rr.revision
                            WHERE r.id = OLD.revision_id AND rr.removed_sha256 = OLD.sha256
                              AND rr.stub_sha256 = NEW.sha256)) THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: attachments of a published revision are immutable';
        END IF;
    END IF;
END$$

-- A stored file is deleted only when a redaction removed it and nothing refers to it any more.
DROP TRIGGER attachment_blob_never_deleted$$
CREATE TRIGGER attachment_blob_never_deleted BEFORE DELETE ON attachment_blob FOR EACH ROW
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM redaction_revision rr WHERE rr.removed_sha256 = OLD.sha256)
            AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = OLD.sha256)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: stored files are never deleted';
    END IF;
END$$

CREATE TRIGGER attachment_text_never_deleted BEFORE DELETE ON attachment_text FOR EACH ROW
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM redaction_revision rr WHERE rr.removed_sha256 = OLD.sha256)
            AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = OLD.sha256)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: extracted file text is never deleted';
    END IF;
END$$

DELIMITER ;
