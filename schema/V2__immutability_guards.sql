-- Defence in depth under the hash chain: the database itself refuses to change a published
-- revision or its attachments, to rewrite or remove register entries and audit events, or to
-- delete anything. (Someone who can drop these triggers can still change data; the register's
-- hashes and signed heads are what make that visible.)

DELIMITER $$

CREATE TRIGGER revision_published_is_immutable BEFORE UPDATE ON revision FOR EACH ROW
BEGIN
    IF OLD.state = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: a published revision is immutable';
    END IF;
END$$

CREATE TRIGGER revision_never_deleted BEFORE DELETE ON revision FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: revisions are never deleted';
END$$

CREATE TRIGGER attachment_of_published_is_immutable BEFORE UPDATE ON attachment FOR EACH ROW
BEGIN
    IF (SELECT state FROM revision WHERE id = OLD.revision_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: attachments of a published revision are immutable';
    END IF;
END$$

CREATE TRIGGER attachment_of_published_never_deleted BEFORE DELETE ON attachment FOR EACH ROW
BEGIN
    IF (SELECT state FROM revision WHERE id = OLD.revision_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: attachments of a published revision are never deleted';
    END IF;
END$$

CREATE TRIGGER attachment_blob_is_immutable BEFORE UPDATE ON attachment_blob FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: stored files are never overwritten';
END$$

CREATE TRIGGER attachment_blob_never_deleted BEFORE DELETE ON attachment_blob FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: stored files are never deleted';
END$$

CREATE TRIGGER document_never_deleted BEFORE DELETE ON document FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: documents are never deleted';
END$$

CREATE TRIGGER register_entry_is_append_only BEFORE UPDATE ON register_entry FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: register entries are append-only';
END$$

CREATE TRIGGER register_entry_never_deleted BEFORE DELETE ON register_entry FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: register entries are never deleted';
END$$

CREATE TRIGGER audit_event_is_append_only BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: audit events are append-only';
END$$

CREATE TRIGGER audit_event_never_deleted BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: audit events are never deleted';
END$$

DELIMITER ;
