-- The register as a Merkle tree (RFC 9162): the leaf hash of every entry, the frontier of the
-- tree kept on the head row (so an append costs O(log n)), and a signed tree head per size.

CREATE TABLE register_leaf (
    seq       BIGINT   NOT NULL PRIMARY KEY,
    leaf_hash CHAR(64) NOT NULL,
    CONSTRAINT fk_register_leaf_entry FOREIGN KEY (seq) REFERENCES register_entry (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tree_head (
    size      BIGINT       NOT NULL PRIMARY KEY,
    root_hash CHAR(64)     NOT NULL,
    signed_at DATETIME(6)  NOT NULL,
    signature VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the perfect-subtree roots of the tree so far, largest first, hex, comma-separated
ALTER TABLE register_head ADD COLUMN frontier TEXT NULL;

DELIMITER $$

CREATE TRIGGER register_leaf_is_append_only BEFORE UPDATE ON register_leaf FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: register leaves are append-only';
END$$

CREATE TRIGGER register_leaf_never_deleted BEFORE DELETE ON register_leaf FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: register leaves are never deleted';
END$$

CREATE TRIGGER tree_head_is_append_only BEFORE UPDATE ON tree_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: tree heads are append-only';
END$$

CREATE TRIGGER tree_head_never_deleted BEFORE DELETE ON tree_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: tree heads are never deleted';
END$$

DELIMITER ;
