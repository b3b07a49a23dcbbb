-- Daily review of the audit log (the law asks that logs be reviewed every working day): one row
-- per reviewed day, who reviewed it, when, and their comment. Reviews are never changed.
CREATE TABLE audit_review (
    day         DATE         NOT NULL PRIMARY KEY,
    reviewed_at DATETIME(6)  NOT NULL,
    reviewer    VARCHAR(200) NOT NULL,
    comment     TEXT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the auditor's filters: by action and by target (document)
CREATE INDEX ix_audit_event_action ON audit_event (action, at);
CREATE INDEX ix_audit_event_target ON audit_event (target(120));

DELIMITER $$

CREATE TRIGGER audit_review_is_append_only BEFORE UPDATE ON audit_review FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: audit reviews are append-only';
END$$

CREATE TRIGGER audit_review_never_deleted BEFORE DELETE ON audit_review FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: audit reviews are never deleted';
END$$

DELIMITER ;
