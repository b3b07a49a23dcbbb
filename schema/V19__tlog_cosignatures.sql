-- Witnesses' cosignatures of the register's C2SP checkpoints (c2sp.org/tlog-cosignature), as
-- POST /tlog/cosignature received and verified them against a configured witness key. One per
-- witness key and tree size; kept like the register itself: never changed, never deleted.

CREATE TABLE tlog_cosignature (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    size        BIGINT       NOT NULL,
    witness     VARCHAR(255) NOT NULL,
    key_id      CHAR(8)      NOT NULL,
    signed_at   BIGINT       NOT NULL,
    line        VARCHAR(512) NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_tlog_cosignature UNIQUE (size, witness, key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

DELIMITER $$

CREATE TRIGGER tlog_cosignature_is_append_only BEFORE UPDATE ON tlog_cosignature FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: cosignatures are append-only';
END$$

CREATE TRIGGER tlog_cosignature_never_deleted BEFORE DELETE ON tlog_cosignature FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: cosignatures are never deleted';
END$$

DELIMITER ;
