-- A REDAKTOR may not publish: an amendment they write waits here until a REDAKTOR_NACZELNY
-- publishes it (as an ordinary amendment, with its own register entry) or rejects it.
CREATE TABLE amendment_proposal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id      BIGINT       NOT NULL,
    base_revision    INT          NOT NULL,
    title            VARCHAR(500) NOT NULL,
    body             LONGTEXT     NOT NULL,
    author           VARCHAR(200) NULL,
    author_position  VARCHAR(200) NULL,
    created_on       DATE         NULL,
    reason           TEXT         NOT NULL,
    proposed_by      VARCHAR(100) NOT NULL,
    proposed_by_name VARCHAR(200) NOT NULL,
    proposed_at      DATETIME(6)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_amendment_proposal_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_amendment_proposal_status (status, document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
