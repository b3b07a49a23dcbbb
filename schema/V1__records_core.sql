-- Metryka records core: the publishing body, the menu przedmiotowe, accounts, documents with
-- immutable revisions, content-addressed attachments, the change register and the audit log.
-- Nothing here is ever physically deleted by the application.

CREATE TABLE podmiot (
    id            TINYINT      NOT NULL PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    address       VARCHAR(500) NOT NULL,
    phone         VARCHAR(100) NULL,
    email         VARCHAR(200) NULL,
    website       VARCHAR(300) NULL,
    nip           VARCHAR(20)  NULL,
    regon         VARCHAR(20)  NULL,
    working_hours VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT podmiot_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id BIGINT       NULL,
    slug      VARCHAR(200) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_category_slug UNIQUE (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                   VARCHAR(200) NOT NULL,
    category_id            BIGINT       NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    archived               BOOLEAN      NOT NULL DEFAULT FALSE,
    archived_at            DATETIME(6)  NULL,
    current_revision       INT          NULL,
    first_published_at     DATETIME(6)  NULL,
    scheduled_for          DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    withdrawn_at           DATETIME(6)  NULL,
    withdrawn_by           VARCHAR(200) NULL,
    withdrawal_reason      TEXT         NULL,
    withdrawal_legal_basis TEXT         NULL,
    visits                 BIGINT       NOT NULL DEFAULT 0,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_document_slug UNIQUE (slug),
    CONSTRAINT fk_document_category FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX ix_document_status (status, first_published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE revision (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id          BIGINT       NOT NULL,
    number               INT          NOT NULL,
    state                VARCHAR(20)  NOT NULL,
    title                VARCHAR(500) NOT NULL,
    body                 MEDIUMTEXT   NOT NULL,
    issuer               VARCHAR(300) NOT NULL,
    author_name          VARCHAR(200) NOT NULL,
    author_position      VARCHAR(200) NOT NULL,
    created_on           DATE         NOT NULL,
    editor_username      VARCHAR(100) NOT NULL,
    editor_name          VARCHAR(200) NOT NULL,
    saved_at             DATETIME(6)  NOT NULL,
    published_at         DATETIME(6)  NULL,
    reason               TEXT         NULL,
    withheld_scope       TEXT         NULL,
    withheld_legal_basis TEXT         NULL,
    withheld_by          VARCHAR(300) NULL,
    content_hash         CHAR(64)     NULL,
    CONSTRAINT uq_revision_number UNIQUE (document_id, number),
    CONSTRAINT fk_revision_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_revision_published (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Content-addressed: a file is stored once under its SHA-256 and never overwritten.
CREATE TABLE attachment_blob (
    sha256  CHAR(64) NOT NULL PRIMARY KEY,
    size    BIGINT   NOT NULL,
    content LONGBLOB NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    file_name   VARCHAR(300) NOT NULL,
    media_type  VARCHAR(150) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    CONSTRAINT fk_attachment_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT fk_attachment_blob FOREIGN KEY (sha256) REFERENCES attachment_blob (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The change register (rejestr zmian): append-only, hash-chained. seq is assigned under a lock
-- on register_head, never by AUTO_INCREMENT, so it stays gap-free with several instances.
CREATE TABLE register_entry (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    document_id  BIGINT       NULL,
    revision     INT          NULL,
    subject      VARCHAR(500) NULL,
    reason       TEXT         NULL,
    content_hash CHAR(64)     NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    CONSTRAINT fk_register_entry_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_register_entry_document (document_id, seq),
    INDEX ix_register_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE register_head (
    id   TINYINT  NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL,
    CONSTRAINT register_head_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO register_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The audit log: every login, refused or failed attempt, and administrative event.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME(6)  NOT NULL,
    actor          VARCHAR(200) NULL,
    action         VARCHAR(60)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    target         VARCHAR(500) NULL,
    detail         TEXT         NULL,
    remote_address VARCHAR(100) NULL,
    INDEX ix_audit_event_at (at),
    INDEX ix_audit_event_actor (actor, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
